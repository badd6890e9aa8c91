import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ReactTable, Row, RowData } from '@tanstack/react-table'
import GlobalStyles from '@mui/material/GlobalStyles'
import { alpha, useTheme, type Theme } from '@mui/material/styles'
import { useTranslation } from '../../i18n/useTranslation'
import type { GroupedItem } from '../../../shared/projects/group'
import type { DataTableFeatures } from './features'
import { HeaderCell } from './HeaderCell'
import { DataTableGroupRow, DataTableRow } from './rows'
import { useListScroll } from './useListScroll'
import { expectedListHeight, rememberListHeight } from './list-height'
import { elementOf, fixedSize } from './virtual-options'
import { groupKeyAction, nextFocusIndex } from './keyboard'

export type TableRow<TData extends RowData> = Row<DataTableFeatures, TData>

/** Rows in collapsible groups: the list to show (headers and rows), and what a header says. */
export interface DataTableGrouping<TData extends RowData> {
  items: readonly GroupedItem<TableRow<TData>>[]
  /** A group's heading ("Runtime"); its count is added. */
  label: (key: string) => string
  onToggle: (key: string) => void
}

export interface DataTableProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData>
  /** Accessible name of the table. */
  label: string
  rowHeight?: number
  /** Enter, double-click or click on a row. */
  onActivateRow?: (row: TableRow<TData>) => void
  /** Shown instead of the body when there are no rows. */
  empty?: ReactNode
  initialScrollTop?: number
  onScroll?: (scrollTop: number) => void
  /** Row id to focus on mount (e.g. the project we came back from). */
  initialFocusRowId?: string
  grouping?: DataTableGrouping<TData>
  /** Header text per column id, for names that need words (the resize handles'). */
  headerText?: (columnId: string) => string
  /**
   * The rows to show, when the view filters and orders them itself (the Projects view does: the
   * table sorts the whole catalogue once per sort, a keystroke keeps the rows that pass); by
   * default the table's row model.
   */
  rows?: readonly TableRow<TData>[]
  /** What the rows are (the view's sort, search and filters): when it changes, the table scrolls back to its first row. */
  scrollKey?: string
  /** A name under which the list's height is remembered across launches (list-height.ts): the first render then holds exactly the rows that fit. */
  heightMemory?: string
  /** Headers show which column sorts the rows (off while the rows are ranked some other way). */
  sortIndicators?: boolean
}

/**
 * The shared table: a real <table> (headers, aria-sort, aria-rowcount) whose body is
 * virtualised with spacer rows, so thousands of rows scroll smoothly, and whose rows are
 * reachable from the keyboard (one tab stop; arrows, Home/End, PageUp/PageDown, Enter). Rows
 * may come in groups with a header row each (Enter or arrows fold and unfold them); columns
 * may be resized.
 */
export function DataTable<TData extends RowData>({
  table, label, rowHeight = 40, onActivateRow, empty, initialScrollTop = 0, onScroll, initialFocusRowId, grouping, headerText, rows: shownRows, sortIndicators = true, scrollKey, heightMemory,
}: DataTableProps<TData>) {
  const { t } = useTranslation()
  const theme = useTheme()
  const scrollRef = useRef<HTMLDivElement>(null)
  const modelRows = table.getRowModel().rows
  const rows = shownRows ?? modelRows
  const items: readonly GroupedItem<TableRow<TData>>[] = useMemo(
    () => grouping?.items ?? rows.map((row, index) => ({ kind: 'item' as const, item: row, index })),
    [grouping?.items, rows],
  )
  const indexOfRow = (id: string | undefined) => (id ? items.findIndex((i) => i.kind === 'item' && i.item.id === id) : -1)
  const activeIndex = useRef(Math.max(0, indexOfRow(initialFocusRowId)))
  // Made outside this render (virtual-options.ts): the virtualiser keeps its first options.
  const getScrollElement = useMemo(() => elementOf(scrollRef), [])
  const estimateSize = useMemo(() => fixedSize(rowHeight), [rowHeight])
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement,
    estimateSize,
    // Rows have one height, so positions need no key per item (asking each item's key costs a pass
    // over every row on each keystroke); a few rows beyond the window are enough for smooth scrolling.
    overscan: 6,
    initialOffset: initialScrollTop,
    // The height the list had last time (else the window's) until its own is measured: the first
    // render already holds the rows on screen, rather than none, or a few too many and a second
    // render before the first paint.
    initialRect: { width: 0, height: expectedListHeight(heightMemory, window.innerHeight) },
  })
  const measuredHeight = virtualizer.scrollRect?.height
  useEffect(() => {
    if (measuredHeight !== undefined) rememberListHeight(heightMemory, window.innerHeight, measuredHeight)
  }, [heightMemory, measuredHeight])

  useListScroll(scrollRef, { initialScrollTop, scrollKey, onReset: () => { activeIndex.current = 0 } })

  // Refs keep the row callbacks stable, so memoised rows skip re-rendering while scrolling.
  const itemsRef = useRef(items)
  itemsRef.current = items
  const activateRef = useRef(onActivateRow)
  activateRef.current = onActivateRow
  const toggleRef = useRef(grouping?.onToggle)
  toggleRef.current = grouping?.onToggle
  // Made once, outside any render (rowHandlers): a callback made in a render and kept would keep
  // that render's rows alive with it.
  const [{ focusRow, onKeyDown, onRowFocus, onRowClick }] = useState(() => rowHandlers({ activeIndex, itemsRef, activateRef, toggleRef, scrollRef, virtualizer, rowHeight }))

  useEffect(() => {
    const index = indexOfRow(initialFocusRowId)
    if (index >= 0) focusRow(index)
    // Focus once, when the rows first include the project we came back from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialFocusRowId, items.length > 0])

  if (activeIndex.current >= items.length) activeIndex.current = Math.max(0, items.length - 1)

  const visible = table.getVisibleLeafColumns()
  // Changes whenever cells would render differently (columns shown, or their definitions).
  const visibleColumnsKey = visible.map((c) => c.id).join('|') + String(columnsVersion(table.options.columns))
  const minWidth = visible.reduce((sum, column) => sum + column.getSize(), 0)

  const virtualItems = virtualizer.getVirtualItems()
  const paddingTop = virtualItems.length ? virtualItems[0].start : 0
  const paddingBottom = virtualItems.length ? virtualizer.getTotalSize() - virtualItems[virtualItems.length - 1].end : 0
  const columnCount = visible.length
  const styles = useMemo(() => tableStyles(theme), [theme])

  // Header cells re-render only when what they show changes (columns, widths, the sort), not per keystroke.
  const headKey = `${visibleColumnsKey}|${sortIndicators}|${visible.map((c) => `${c.getSize()}:${c.getIsSorted()}`).join(',')}`

  return (
    <div ref={scrollRef} className="data-table-scroll" onScroll={(e) => onScroll?.((e.target as HTMLDivElement).scrollTop)}>
      {styles}
      <table className="data-table" aria-label={label} aria-rowcount={items.length + 1} style={{ minWidth }}>
        <TableHead table={table} headKey={headKey} headerText={headerText} sortIndicators={sortIndicators} />
        <tbody>
          {items.length === 0 && empty ? (
            <tr>
              <td colSpan={columnCount} style={{ whiteSpace: 'normal', borderBottom: 'none' }}>{empty}</td>
            </tr>
          ) : null}
          {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }}><td colSpan={columnCount} style={{ border: 'none', padding: 0 }} /></tr>}
          {virtualItems.map((virtual) => {
            const item = items[virtual.index]
            const common = {
              index: virtual.index, height: rowHeight, tabStop: virtual.index === activeIndex.current,
              onRowFocus, onRowKeyDown: onKeyDown, onRowClick,
            }
            return item.kind === 'group' ? (
              <DataTableGroupRow key={`group:${item.key}`} {...common} groupKey={item.key} label={grouping?.label(item.key) ?? item.key} count={item.count} collapsed={item.collapsed} columnCount={columnCount} />
            ) : (
              <DataTableRow key={`row:${virtual.index}`} {...common} table={table} row={item.item} columnsKey={visibleColumnsKey} clickable={onActivateRow !== undefined} />
            )
          })}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }}><td colSpan={columnCount} style={{ border: 'none', padding: 0 }} /></tr>}
        </tbody>
      </table>
      <p className="visually-hidden">{t(grouping ? 'table.groupedRowHint' : 'projects.rowHint')}</p>
    </div>
  )
}

interface RowHandlerRefs<TData extends RowData> {
  activeIndex: RefObject<number>
  itemsRef: RefObject<readonly GroupedItem<TableRow<TData>>[]>
  activateRef: RefObject<((row: TableRow<TData>) => void) | undefined>
  toggleRef: RefObject<((key: string) => void) | undefined>
  scrollRef: RefObject<HTMLDivElement | null>
  virtualizer: { scrollToIndex: (index: number, options: { align: 'auto' }) => void }
  rowHeight: number
}

/** The rows' keyboard, focus and click handlers, reading the current rows through refs. */
function rowHandlers<TData extends RowData>({ activeIndex, itemsRef, activateRef, toggleRef, scrollRef, virtualizer, rowHeight }: RowHandlerRefs<TData>) {
  const focusRow = (index: number) => {
    activeIndex.current = index
    virtualizer.scrollToIndex(index, { align: 'auto' })
    // A row already drawn takes focus now (a quick next key lands on it); one scrolled to, once drawn.
    const find = () => scrollRef.current?.querySelector<HTMLElement>(`tbody tr[data-index="${index}"]`)
    const drawn = find()
    if (drawn) drawn.focus({ preventScroll: true })
    else requestAnimationFrame(() => find()?.focus())
  }
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const current = itemsRef.current
    const item = current[index]
    if (item?.kind === 'group') {
      const action = groupKeyAction(event.key, item.collapsed)
      if (action) {
        event.preventDefault()
        toggleRef.current?.(item.key)
        return
      }
    } else if (event.key === 'Enter' && activateRef.current && item) {
      event.preventDefault()
      activateRef.current(item.item)
      return
    }
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1)
    const next = nextFocusIndex(event.key, index, current.length, pageRows)
    if (next !== undefined) {
      event.preventDefault()
      focusRow(next)
    }
  }
  const onRowFocus = (index: number) => { activeIndex.current = index }
  const onRowClick = (index: number) => {
    const item = itemsRef.current[index]
    if (item?.kind === 'item') activateRef.current?.(item.item)
    else if (item) toggleRef.current?.(item.key)
  }
  return { focusRow, onKeyDown, onRowFocus, onRowClick }
}

interface TableHeadProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData>
  /** Changes whenever a header would draw differently. */
  headKey: string
  headerText?: (columnId: string) => string
  sortIndicators: boolean
}

const TableHead = memo(function TableHead<TData extends RowData>({ table, headerText, sortIndicators }: TableHeadProps<TData>) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={1}>
          {group.headers.map((header) => (
            <HeaderCell key={header.id} table={table} header={header} title={headerText?.(header.column.id) ?? header.column.id} sortIndicator={sortIndicators} />
          ))}
        </tr>
      ))}
    </thead>
  )
}, (prev, next) => prev.headKey === next.headKey && prev.table === next.table && prev.headerText === next.headerText) as <TData extends RowData>(props: TableHeadProps<TData>) => ReactNode

/**
 * The table's look, written once per theme as plain CSS classes: an `sx` on the table would be
 * serialised again on every render, and the Projects table renders on every keystroke.
 */
function tableStyles(theme: Theme) {
  const border = `1px solid ${theme.palette.divider}`
  return (
    <GlobalStyles
      styles={{
        '.data-table-scroll': {
          overflow: 'auto', flex: 1, minHeight: 0, position: 'relative', backgroundColor: theme.palette.background.paper, border, borderRadius: theme.shape.borderRadius,
        },
        'table.data-table': { width: '100%', borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontSize: 13 },
        'table.data-table > thead': { position: 'sticky', top: 0, zIndex: 1, backgroundColor: theme.palette.background.paper },
        'table.data-table th, table.data-table td': {
          paddingLeft: theme.spacing(1.25), paddingRight: theme.spacing(1.25), textAlign: 'left', borderBottom: border, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap',
        },
        'table.data-table tr.data-table-row:hover': { backgroundColor: theme.palette.action.hover },
        'table.data-table tr.data-table-row:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2, backgroundColor: alpha(theme.palette.primary.main, 0.08) },
        'table.data-table tr.data-table-group': { backgroundColor: alpha(theme.palette.text.primary, theme.palette.mode === 'dark' ? 0.06 : 0.035) },
        // Headers (HeaderCell): a sort button with its arrow, and a resize handle at the right edge.
        'table.data-table th.data-table-th': {
          height: 38, paddingTop: 4, paddingBottom: 4, fontWeight: 600, color: theme.palette.text.secondary, backgroundColor: theme.palette.background.paper,
          position: 'relative', textOverflow: 'clip', whiteSpace: 'normal',
        },
        // A long name ("Дней на стадии") takes a second line rather than an ellipsis.
        '.data-table-th-label': { overflow: 'hidden', whiteSpace: 'normal', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', lineHeight: 1.25 },
        '.data-table-sort': {
          appearance: 'none', background: 'none', border: 0, margin: 0, padding: 0, font: 'inherit', color: 'inherit', textAlign: 'inherit',
          cursor: 'pointer', display: 'inline-flex', alignItems: 'center', verticalAlign: 'middle', maxWidth: '100%', borderRadius: 2, userSelect: 'none',
        },
        '.data-table-sort:hover .data-table-sort-icon': { opacity: 0.5 },
        '.data-table-sort:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
        '.data-table-sort[data-active="true"]': { color: theme.palette.text.primary },
        '.data-table-sort[data-active="true"] .data-table-sort-icon': { opacity: 1, color: theme.palette.text.secondary },
        '.data-table-sort-icon': {
          flex: 'none', width: 18, height: 18, marginLeft: 4, marginRight: 4, fill: 'currentColor', opacity: 0, userSelect: 'none',
          transition: theme.transitions.create(['opacity', 'transform'], { duration: theme.transitions.duration.shorter }),
        },
        '.data-table-sort-icon[data-direction="asc"]': { transform: 'rotate(180deg)' },
        '.data-table-resize': {
          position: 'absolute', top: 6, bottom: 6, right: 0, width: 7, cursor: 'col-resize', touchAction: 'none', borderRight: '2px solid transparent',
        },
        '.data-table-resize:hover, .data-table-resize:focus-visible': { borderRightColor: theme.palette.primary.main, outline: 'none' },
      }}
    />
  )
}

const columnVersions = new WeakMap<object, number>()
let nextColumnVersion = 0
/** A number that changes when the column definitions array is a new one (e.g. a language switch). */
function columnsVersion(columns: object): number {
  let version = columnVersions.get(columns)
  if (version === undefined) {
    version = ++nextColumnVersion
    columnVersions.set(columns, version)
  }
  return version
}

