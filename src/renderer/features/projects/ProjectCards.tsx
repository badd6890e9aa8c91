import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import Box from '@mui/material/Box'
import { alpha, useTheme } from '@mui/material/styles'
import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import ChevronRightIcon from '@mui/icons-material/ChevronRight'
import { useTranslation } from '../../i18n/useTranslation'
import type { GroupedItem } from '../../../shared/projects/group'
import { groupKeyAction } from '../../components/data-table/keyboard'
import { elementOf, lineSizes } from '../../components/data-table/virtual-options'
import { useListScroll } from '../../components/data-table/useListScroll'
import { cardLines, lineOfItems, moveInCards, type CardLine } from './card-lines'
import { ProjectCard, CARD_HEIGHT } from './ProjectCard'
import type { ProjectRow } from './useProjectsTable'

const MIN_CARD_WIDTH = 300
const GAP = 12
const GROUP_LINE_HEIGHT = 44
/** Room at the sides for a focused card's outline. */
const EDGE = 3

export interface ProjectCardsProps {
  items: readonly GroupedItem<ProjectRow>[]
  /** Accessible name of the grid. */
  label: string
  groupLabel: (key: string) => string
  onToggleGroup: (key: string) => void
  onOpen: (row: ProjectRow) => void
  empty: ReactNode
  initialScrollTop?: number
  onScroll?: (scrollTop: number) => void
  initialFocusRowId?: string
  /** What the cards are (the view's sort, search and filters): when it changes, the list scrolls back to its start. */
  scrollKey?: string
}

/**
 * The cards layout (the Headlamp plugin catalogue's look): as many cards per line as the width
 * takes, in the table's order and groups. Lines are virtualised, so ten thousand cards cost a
 * screenful of DOM. One tab stop; arrows move in reading order, Enter opens.
 */
export function ProjectCards({ items, label, groupLabel, onToggleGroup, onOpen, empty, initialScrollTop = 0, onScroll, initialFocusRowId, scrollKey }: ProjectCardsProps) {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = scrollRef.current
    if (!element) return
    setWidth(element.clientWidth)
    const observer = new ResizeObserver(() => setWidth(element.clientWidth))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  const perLine = Math.max(1, Math.floor((width - 2 * EDGE + GAP) / (MIN_CARD_WIDTH + GAP)))
  const lines = useMemo(() => cardLines(items, perLine), [items, perLine])
  const lineOf = useMemo(() => lineOfItems(lines, items.length), [lines, items.length])
  const indexOfRow = (id: string | undefined) => (id ? items.findIndex((i) => i.kind === 'item' && i.item.id === id) : -1)
  const activeIndex = useRef(Math.max(0, indexOfRow(initialFocusRowId)))
  if (activeIndex.current >= items.length) activeIndex.current = Math.max(0, items.length - 1)

  // Made outside this render (virtual-options.ts): the virtualiser keeps its first options.
  const getItemKey = useMemo(() => lineKeys(lines, perLine), [lines, perLine])
  const estimateSize = useMemo(() => lineSizes(lines, lineHeight, CARD_HEIGHT), [lines])
  const getScrollElement = useMemo(() => elementOf(scrollRef), [])
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement,
    estimateSize,
    getItemKey,
    overscan: 4,
    paddingStart: EDGE,
    paddingEnd: GAP,
    initialOffset: initialScrollTop,
  })

  useListScroll(scrollRef, { initialScrollTop, scrollKey, onReset: () => { activeIndex.current = 0 } })

  const focusItem = useCallback((index: number) => {
    activeIndex.current = index
    virtualizer.scrollToIndex(lineOf[index] ?? 0, { align: 'auto' })
    // A card already drawn takes focus now (a quick next key lands on it); one scrolled to, once drawn.
    const find = () => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)
    const drawn = find()
    if (drawn) drawn.focus({ preventScroll: true })
    else requestAnimationFrame(() => find()?.focus())
  }, [virtualizer, lineOf])

  useEffect(() => {
    const index = indexOfRow(initialFocusRowId)
    if (index >= 0 && width > 0) focusItem(index)
    // Focus once, when the cards first include the project we came back from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialFocusRowId, items.length > 0, width > 0])

  const itemsRef = useRef(items)
  itemsRef.current = items
  const linesRef = useRef({ lines, lineOf })
  linesRef.current = { lines, lineOf }
  const openRef = useRef(onOpen)
  openRef.current = onOpen
  const toggleRef = useRef(onToggleGroup)
  toggleRef.current = onToggleGroup

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>, index: number) => {
    const item = itemsRef.current[index]
    if (!item) return
    if (item.kind === 'group' && groupKeyAction(event.key, item.collapsed)) {
      event.preventDefault()
      toggleRef.current(item.key)
      return
    }
    if (item.kind === 'item' && event.key === 'Enter') {
      event.preventDefault()
      openRef.current(item.item)
      return
    }
    const pageLines = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / (CARD_HEIGHT + GAP)))
    const next = moveInCards(event.key, index, linesRef.current.lines, linesRef.current.lineOf, pageLines)
    if (next !== undefined) {
      event.preventDefault()
      focusItem(next)
    }
  }, [focusItem])
  const onFocusItem = useCallback((index: number) => { activeIndex.current = index }, [])
  const onClickItem = useCallback((index: number) => {
    const item = itemsRef.current[index]
    if (item?.kind === 'item') openRef.current(item.item)
    else if (item) toggleRef.current(item.key)
  }, [])

  const virtualLines = virtualizer.getVirtualItems()
  return (
    <Box
      ref={scrollRef}
      onScroll={(e) => onScroll?.((e.target as HTMLDivElement).scrollTop)}
      sx={{ overflow: 'auto', flex: 1, minHeight: 0, position: 'relative' }}
    >
      {items.length === 0 ? empty : (
        <Box role="grid" aria-label={label} aria-rowcount={lines.length} data-testid="project-cards" sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {width > 0 && virtualLines.map((virtual) => {
            const line = lines[virtual.index]
            const style = { position: 'absolute' as const, top: 0, left: EDGE, right: EDGE, transform: `translateY(${virtual.start}px)` }
            if (line.kind === 'group') {
              const group = items[line.index] as Extract<GroupedItem<ProjectRow>, { kind: 'group' }>
              return (
                <Box key={virtual.key} role="row" aria-rowindex={virtual.index + 1} sx={{ ...style, height: GROUP_LINE_HEIGHT }}>
                  <GroupHeader index={line.index} label={groupLabel(group.key)} count={group.count} collapsed={group.collapsed}
                    tabStop={activeIndex.current === line.index} onKeyDown={onKeyDown} onFocus={onFocusItem} onClick={onClickItem} />
                </Box>
              )
            }
            return (
              <Box key={virtual.key} role="row" aria-rowindex={virtual.index + 1}
                sx={{ ...style, height: CARD_HEIGHT, display: 'grid', gridTemplateColumns: `repeat(${perLine}, minmax(0, 1fr))`, gap: `${GAP}px` }}>
                {Array.from({ length: line.count }, (_, k) => {
                  const index = line.start + k
                  const item = items[index] as Extract<GroupedItem<ProjectRow>, { kind: 'item' }>
                  return (
                    <ProjectCard key={item.item.id} project={item.item.original} index={index} tabStop={activeIndex.current === index}
                      onKeyDown={onKeyDown} onFocus={onFocusItem} onClick={onClickItem} />
                  )
                })}
              </Box>
            )
          })}
        </Box>
      )}
      <Box component="p" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', m: -1 }}>{t('projectsView.cardsHint')}</Box>
    </Box>
  )
}

interface GroupHeaderProps {
  index: number
  label: string
  count: number
  collapsed: boolean
  tabStop: boolean
  onKeyDown: (event: KeyboardEvent<HTMLElement>, index: number) => void
  onFocus: (index: number) => void
  onClick: (index: number) => void
}

/** A group's header across the grid: its name and count; Enter, Space or a click fold it. */
const GroupHeader = memo(function GroupHeader({ index, label, count, collapsed, tabStop, onKeyDown, onFocus, onClick }: GroupHeaderProps) {
  const theme = useTheme()
  const Icon = collapsed ? ChevronRightIcon : ExpandMoreIcon
  return (
    <Box
      role="gridcell"
      aria-expanded={!collapsed}
      data-index={index}
      tabIndex={tabStop ? 0 : -1}
      onKeyDown={(e: KeyboardEvent<HTMLElement>) => onKeyDown(e, index)}
      onFocus={() => onFocus(index)}
      onClick={() => onClick(index)}
      sx={{
        height: '100%', display: 'flex', alignItems: 'center', gap: 0.75, px: 1, borderRadius: 1, cursor: 'pointer', fontWeight: 600, fontSize: 14,
        borderBottom: `1px solid ${theme.palette.divider}`,
        '&:hover': { bgcolor: 'action.hover' },
        '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2, bgcolor: alpha(theme.palette.primary.main, 0.08) },
      }}
    >
      <Icon fontSize="small" aria-hidden="true" sx={{ color: 'text.secondary' }} />
      <span>{label}</span>
      <Box component="span" sx={{ color: 'text.secondary', fontWeight: 500, fontVariantNumeric: 'tabular-nums' }}>{count}</Box>
    </Box>
  )
})

const lineHeight = (line: CardLine) => (line.kind === 'group' ? GROUP_LINE_HEIGHT : CARD_HEIGHT + GAP)

/** Keys name the line's content and the layout, so a new width re-measures every line. */
function lineKeys(lines: readonly CardLine[], perLine: number): (index: number) => string | number {
  return (i) => {
    const line = lines[i]
    return line ? `${perLine}:${line.kind === 'group' ? `g${line.index}` : `c${line.start}`}` : i
  }
}
