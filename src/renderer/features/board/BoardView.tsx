import { Fragment, useCallback, useId, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import Typography from '@mui/material/Typography'
import TuneIcon from '@mui/icons-material/TuneOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import { neighbourForMove } from '../../../shared/evaluation/board'
import type { FieldDefinition } from '../../../shared/evaluation/fields'
import { Attribution } from '../../components/Attribution'
import { moveCard } from '../../db/evaluation'
import { saveBoardCardFields } from '../../db/evaluation-setup'
import { useDatasetMeta } from '../../db/hooks'
import { navigate } from '../../router/router'
import { DossierMenu } from '../evaluation/dossier/DossierMenu'
import { projectHref } from '../project-detail/views'
import { FilterBar } from '../projects/FilterBar'
import { changeLastView } from '../projects/view-state'
import { BoardCard } from './BoardCard'
import { useBoard, type BoardColumn } from './useBoard'

const DRAG_TYPE = 'application/x-sandscape-project'

interface DropTarget {
  columnId: string
  beforeId: string | null
}

/**
 * The Board: a column per status, cards in the user's order. Cards move by drag and drop (native
 * HTML5, no library) or from the keyboard: the focused card moves with Alt+arrows (←/→ to the
 * previous/next status, ↑/↓ within its column), and a live region says where it went.
 */
export function BoardView() {
  const { t } = useTranslation()
  const board = useBoard()
  const meta = useDatasetMeta()
  const hintId = useId()
  const [announcement, setAnnouncement] = useState('')
  const [focusedId, setFocusedId] = useState<string | undefined>()
  const [dragging, setDragging] = useState<string | null>(null)
  const [drop, setDrop] = useState<DropTarget | null>(null)
  const pendingFocus = useRef<string | undefined>(undefined)
  const rootRef = useRef<HTMLDivElement>(null)
  const { columns } = board

  const cardElement = (id: string) => rootRef.current?.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`)
  const focusCard = (id: string | undefined) => {
    if (!id) return
    setFocusedId(id)
    cardElement(id)?.focus()
  }
  // A moved card re-renders in its new place: focus follows it there.
  useLayoutEffect(() => {
    if (pendingFocus.current && cardElement(pendingFocus.current)) {
      focusCard(pendingFocus.current)
      pendingFocus.current = undefined
    }
  })

  const columnsRef = useRef(columns)
  columnsRef.current = columns
  const locate = (id: string) => {
    for (const [c, column] of columnsRef.current.entries()) {
      const i = column.cards.findIndex((p) => p.id === id)
      if (i >= 0) return { c, i, column }
    }
    return undefined
  }

  const move = useCallback(async (projectId: string, target: BoardColumn, beforeId: string | null) => {
    const project = board.all.find((p) => p.id === projectId)
    await moveCard(projectId, target.id, target.order, beforeId)
    const shown = target.cards.map((p) => p.id).filter((id) => id !== projectId)
    const at = beforeId === null ? shown.length : Math.max(0, shown.indexOf(beforeId))
    pendingFocus.current = projectId
    setAnnouncement(t('board.moved', { name: project?.name ?? projectId, column: target.label, position: at + 1, count: shown.length + 1 }))
  }, [board.all, t])

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>, id: string) => {
    const where = locate(id)
    if (!where) return
    const { c, i, column } = where
    const all = columnsRef.current
    if (event.key === 'Enter') {
      event.preventDefault()
      navigate(projectHref(id))
      return
    }
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault()
      const target = neighbourForMove(column.cards.map((p) => p.id), id, event.key === 'ArrowUp' ? -1 : 1)
      if (target) void move(id, column, target.beforeId)
      else setAnnouncement(t(event.key === 'ArrowUp' ? 'board.atTop' : 'board.atBottom', { column: column.label }))
      return
    }
    if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault()
      const target = all[c + (event.key === 'ArrowLeft' ? -1 : 1)]
      if (target) void move(id, target, null)
      else setAnnouncement(t('board.noColumn'))
      return
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return
    let next: string | undefined
    if (event.key === 'ArrowUp') next = column.cards[i - 1]?.id
    else if (event.key === 'ArrowDown') next = column.cards[i + 1]?.id
    else if (event.key === 'Home') next = column.cards[0]?.id
    else if (event.key === 'End') next = column.cards.at(-1)?.id
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const step = event.key === 'ArrowLeft' ? -1 : 1
      for (let k = c + step; k >= 0 && k < all.length; k += step) {
        if (all[k].cards.length) {
          next = all[k].cards[Math.min(i, all[k].cards.length - 1)].id
          break
        }
      }
    } else return
    event.preventDefault()
    focusCard(next)
  }, [move, t]) // eslint-disable-line react-hooks/exhaustive-deps

  const onDragStart = useCallback((event: DragEvent<HTMLElement>, id: string) => {
    event.dataTransfer.setData(DRAG_TYPE, id)
    event.dataTransfer.setData('text/plain', id)
    event.dataTransfer.effectAllowed = 'move'
    setDragging(id)
  }, [])
  const onDragEnd = useCallback(() => { setDragging(null); setDrop(null) }, [])
  const onOpen = useCallback((id: string) => navigate(projectHref(id)), [])

  /** The card the pointer is above the middle of, in a column's list: the drop goes before it. */
  const dropPoint = (list: HTMLElement, y: number): string | null => {
    for (const card of list.querySelectorAll<HTMLElement>('[data-card-id]')) {
      if (card.dataset.cardId === dragging) continue
      const box = card.getBoundingClientRect()
      if (y < box.top + box.height / 2) return card.dataset.cardId ?? null
    }
    return null
  }

  const tabStopId = focusedId && locate(focusedId) ? focusedId : columns.find((c) => c.cards.length)?.cards[0]?.id
  const shownCount = columns.reduce((n, c) => n + c.cards.length, 0)

  return (
    <Box ref={rootRef} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5, flex: 1, minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h1">{t('board.title')}</Typography>
        <Typography id={hintId} variant="body2" color="text.secondary">{t('board.hint')}</Typography>
        <Box sx={{ flex: 1 }} />
        <CardFieldsMenu fields={board.allFields} chosen={board.cardFields.map((f) => f.id)} />
        <DossierMenu scope={{ kind: 'filter', projectIds: columns.flatMap((c) => c.cards.map((p) => p.id)) }} disabled={shownCount === 0} />
      </Box>
      {/* The last Projects view's filters: the Board changes them where it stands. */}
      <FilterBar
        filters={board.filters} onChange={(update) => changeLastView((v) => ({ ...v, filters: update(v.filters) }))}
        listNames={board.listNames} facets={board.facets} facetsWithOptions={board.facetsWithOptions} shown={board.visible.length} total={board.all.length}
        filtersActive={board.filtersActive} changedCount={board.changed.size} evaluation={board.evaluation}
      />
      <div role="status" aria-live="assertive" aria-atomic="true" className="visually-hidden" data-testid="board-announcer">{announcement}</div>
      {!board.loading && (
        <Box sx={{ display: 'flex', gap: 1.5, overflowX: 'auto', flex: 1, minHeight: 0, pb: 1, alignItems: 'stretch' }}>
          {columns.map((column) => (
            <Box
              key={column.id}
              component="section"
              aria-label={t('board.columnLabel', { name: column.label, count: column.cards.length })}
              data-column-id={column.id}
              sx={{ flex: '0 0 248px', display: 'flex', flexDirection: 'column', minHeight: 0, bgcolor: 'action.hover', borderRadius: 1.5, border: 1, borderColor: drop?.columnId === column.id ? 'primary.main' : 'transparent' }}
            >
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.25, pt: 1, pb: 0.75 }}>
                <Box aria-hidden="true" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: column.color ?? 'transparent', border: column.color ? 0 : 1.5, borderColor: 'text.disabled' }} />
                <Typography variant="h2" component="h2" sx={{ fontSize: 14, flex: 1, fontStyle: column.id === columns[0].id ? 'italic' : undefined }}>{column.label}</Typography>
                <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {column.cards.length === column.order.length ? column.cards.length : t('board.countOf', { shown: column.cards.length, total: column.order.length })}
                </Typography>
              </Box>
              <Box
                component="ul"
                sx={{ m: 0, px: 1, pb: 1, pt: 0, flex: 1, minHeight: 80, overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: 0.75 }}
                onDragOver={(e: DragEvent<HTMLElement>) => {
                  if (!dragging && !e.dataTransfer.types.includes(DRAG_TYPE)) return
                  e.preventDefault()
                  e.dataTransfer.dropEffect = 'move'
                  const beforeId = dropPoint(e.currentTarget, e.clientY)
                  if (drop?.columnId !== column.id || drop.beforeId !== beforeId) setDrop({ columnId: column.id, beforeId })
                }}
                onDragLeave={(e: DragEvent<HTMLElement>) => {
                  if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDrop((d) => (d?.columnId === column.id ? null : d))
                }}
                onDrop={(e: DragEvent<HTMLElement>) => {
                  e.preventDefault()
                  const id = e.dataTransfer.getData(DRAG_TYPE) || dragging
                  const beforeId = dropPoint(e.currentTarget, e.clientY)
                  setDrop(null)
                  setDragging(null)
                  if (id && id !== beforeId) void move(id, column, beforeId)
                }}
              >
                {column.cards.map((project) => (
                  <Fragment key={project.id}>
                    {drop?.columnId === column.id && drop.beforeId === project.id && <DropLine />}
                    <BoardCard
                      project={project}
                      starred={board.userData.starred.has(project.id)}
                      hasNote={board.userData.withNotes.has(project.id)}
                      fields={board.cardFields}
                      values={board.evaluation.valuesOf.get(project.id)}
                      tabStop={project.id === tabStopId}
                      dragging={dragging === project.id}
                      hintId={hintId}
                      onOpen={onOpen}
                      onKeyDown={onKeyDown}
                      onFocusCard={setFocusedId}
                      onDragStart={onDragStart}
                      onDragEnd={onDragEnd}
                    />
                  </Fragment>
                ))}
                {drop?.columnId === column.id && drop.beforeId === null && <DropLine />}
              </Box>
            </Box>
          ))}
        </Box>
      )}
      <Attribution source={meta?.source} />
    </Box>
  )
}

function DropLine() {
  return <Box component="li" aria-hidden="true" sx={{ listStyle: 'none', height: 3, borderRadius: 2, bgcolor: 'primary.main', flex: 'none' }} />
}

/** Which of the user's fields the cards show. */
function CardFieldsMenu({ fields, chosen }: { fields: readonly FieldDefinition[]; chosen: string[] }) {
  const { t } = useTranslation()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  if (fields.length === 0) return null
  const toggle = (id: string) => void saveBoardCardFields(chosen.includes(id) ? chosen.filter((f) => f !== id) : [...chosen, id])
  return (
    <>
      <Button size="small" color="inherit" startIcon={<TuneIcon />} aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)}>{t('board.cardFields')}</Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {fields.map((field) => (
          <MenuItem key={field.id} dense role="menuitemcheckbox" aria-checked={chosen.includes(field.id)} onClick={() => toggle(field.id)}>
            <Checkbox size="small" checked={chosen.includes(field.id)} tabIndex={-1} disableRipple sx={{ p: 0, mr: 1 }} slotProps={{ input: { 'aria-hidden': true } }} />
            <ListItemText primary={field.name} />
          </MenuItem>
        ))}
      </Menu>
    </>
  )
}
