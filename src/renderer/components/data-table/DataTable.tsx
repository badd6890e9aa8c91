import { memo, useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ReactTable, Row, RowData } from '@tanstack/react-table'
import Box from '@mui/material/Box'
import TableSortLabel from '@mui/material/TableSortLabel'
import { alpha, useTheme } from '@mui/material/styles'
import { useTranslation } from 'react-i18next'
import { cellStyle, type DataTableFeatures } from './features'
import { nextFocusIndex } from './keyboard'

export interface DataTableProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData>
  /** Accessible name of the table. */
  label: string
  rowHeight?: number
  /** Enter, double-click or click on a row. */
  onActivateRow?: (row: Row<DataTableFeatures, TData>) => void
  /** Shown instead of the body when there are no rows. */
  empty?: ReactNode
  initialScrollTop?: number
  onScroll?: (scrollTop: number) => void
  /** Row id to focus on mount (e.g. the project we came back from). */
  initialFocusRowId?: string
}

/**
 * The shared table: a real <table> (headers, aria-sort, aria-rowcount) whose body is
 * virtualised with spacer rows, so thousands of rows scroll smoothly, and whose rows are
 * reachable from the keyboard (one tab stop; arrows, Home/End, PageUp/PageDown, Enter).
 */
export function DataTable<TData extends RowData>({
  table, label, rowHeight = 40, onActivateRow, empty, initialScrollTop = 0, onScroll, initialFocusRowId,
}: DataTableProps<TData>) {
  const { t } = useTranslation()
  const theme = useTheme()
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = table.getRowModel().rows
  const activeIndex = useRef(Math.max(0, initialFocusRowId ? rows.findIndex((r) => r.id === initialFocusRowId) : 0))
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 12,
    initialOffset: initialScrollTop,
  })

  useLayoutEffect(() => {
    if (scrollRef.current && initialScrollTop) scrollRef.current.scrollTop = initialScrollTop
    // Only on mount: later scrolls belong to the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const focusRow = useCallback((index: number) => {
    activeIndex.current = index
    virtualizer.scrollToIndex(index, { align: 'auto' })
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`)?.focus()
    })
  }, [virtualizer])

  useEffect(() => {
    if (!initialFocusRowId) return
    const index = rows.findIndex((r) => r.id === initialFocusRowId)
    if (index >= 0) focusRow(index)
    // Focus once, when the rows first include the project we came back from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialFocusRowId, rows.length > 0])

  if (activeIndex.current >= rows.length) activeIndex.current = Math.max(0, rows.length - 1)

  // Refs keep the row callbacks stable, so memoised rows skip re-rendering while scrolling.
  const rowsRef = useRef(rows)
  rowsRef.current = rows
  const activateRef = useRef(onActivateRow)
  activateRef.current = onActivateRow

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    const current = rowsRef.current
    if (event.key === 'Enter' && activateRef.current) {
      event.preventDefault()
      activateRef.current(current[index])
      return
    }
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1)
    const next = nextFocusIndex(event.key, index, current.length, pageRows)
    if (next !== undefined) {
      event.preventDefault()
      focusRow(next)
    }
  }, [focusRow, rowHeight])

  const onRowFocus = useCallback((index: number) => { activeIndex.current = index }, [])
  const onRowClick = useCallback((index: number) => activateRef.current?.(rowsRef.current[index]), [])
  // Changes whenever cells would render differently (columns shown, or their definitions).
  const visibleColumnsKey = table.getVisibleLeafColumns().map((c) => c.id).join('|') + String(columnsVersion(table.options.columns))

  const items = virtualizer.getVirtualItems()
  const paddingTop = items.length ? items[0].start : 0
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0
  const headerGroups = table.getHeaderGroups()
  const columnCount = table.getVisibleLeafColumns().length
  const border = `1px solid ${theme.palette.divider}`

  return (
    <Box
      ref={scrollRef}
      onScroll={(e) => onScroll?.((e.target as HTMLDivElement).scrollTop)}
      sx={{ overflow: 'auto', flex: 1, minHeight: 0, position: 'relative', bgcolor: 'background.paper', border, borderRadius: 1 }}
    >
      <Box
        component="table"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        sx={{
          width: '100%', minWidth: 960, borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontSize: 13,
          '& th, & td': { px: 1.25, textAlign: 'left', borderBottom: border, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
        }}
      >
        <Box component="thead" sx={{ position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper' }}>
          {headerGroups.map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted()
                const canSort = header.column.getCanSort()
                const width = header.column.columnDef.size
                return (
                  <Box
                    component="th"
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined}
                    sx={{ height: 38, fontWeight: 600, color: 'text.secondary', width: width ? `${width}px` : undefined, bgcolor: 'background.paper' }}
                    style={cellStyle(header.column.columnDef.meta)}
                  >
                    {header.isPlaceholder ? null : canSort ? (
                      <TableSortLabel
                        active={sorted !== false}
                        direction={sorted === 'desc' ? 'desc' : 'asc'}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                      </TableSortLabel>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </Box>
                )
              })}
            </tr>
          ))}
        </Box>
        <tbody>
          {rows.length === 0 && empty ? (
            <tr>
              <td colSpan={columnCount} style={{ whiteSpace: 'normal', borderBottom: 'none' }}>{empty}</td>
            </tr>
          ) : null}
          {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }}><td colSpan={columnCount} style={{ border: 'none', padding: 0 }} /></tr>}
          {items.map((item) => (
            <DataTableRow
              key={rows[item.index].id}
              table={table}
              row={rows[item.index]}
              index={item.index}
              height={rowHeight}
              tabStop={item.index === activeIndex.current}
              columnsKey={visibleColumnsKey}
              clickable={onActivateRow !== undefined}
              onRowFocus={onRowFocus}
              onRowKeyDown={onKeyDown}
              onRowClick={onRowClick}
            />
          ))}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }}><td colSpan={columnCount} style={{ border: 'none', padding: 0 }} /></tr>}
        </tbody>
      </Box>
      <Box component="p" sx={visuallyHidden}>{t('projects.rowHint')}</Box>
    </Box>
  )
}

interface DataTableRowProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData>
  row: Row<DataTableFeatures, TData>
  index: number
  height: number
  tabStop: boolean
  columnsKey: string
  clickable: boolean
  onRowFocus: (index: number) => void
  onRowKeyDown: (event: KeyboardEvent<HTMLTableRowElement>, index: number) => void
  onRowClick: (index: number) => void
}

/**
 * One body row. Memoised on the row's data, position and columns, so scrolling re-renders only
 * the rows that enter the window, not every visible row on every frame.
 */
const DataTableRow = memo(function DataTableRow<TData extends RowData>({
  table, row, index, height, tabStop, clickable, onRowFocus, onRowKeyDown, onRowClick,
}: DataTableRowProps<TData>) {
  const theme = useTheme()
  return (
    <Box
      component="tr"
      data-index={index}
      data-row-id={row.id}
      aria-rowindex={index + 2}
      tabIndex={tabStop ? 0 : -1}
      onFocus={() => onRowFocus(index)}
      onKeyDown={(e: KeyboardEvent<HTMLTableRowElement>) => onRowKeyDown(e, index)}
      onClick={(e: React.MouseEvent) => {
        if ((e.target as HTMLElement).closest('a,button,input,label')) return
        onRowClick(index)
      }}
      sx={{
        height,
        cursor: clickable ? 'pointer' : undefined,
        '&:hover': { bgcolor: 'action.hover' },
        '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -2, bgcolor: alpha(theme.palette.primary.main, 0.08) },
      }}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} style={cellStyle(cell.column.columnDef.meta)}>
          <table.FlexRender cell={cell} />
        </td>
      ))}
    </Box>
  )
}, (prev, next) =>
  prev.row.original === next.row.original && prev.index === next.index && prev.tabStop === next.tabStop &&
  prev.columnsKey === next.columnsKey && prev.height === next.height && prev.clickable === next.clickable &&
  prev.onRowKeyDown === next.onRowKeyDown && prev.onRowClick === next.onRowClick,
) as <TData extends RowData>(props: DataTableRowProps<TData>) => ReactNode

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

export const visuallyHidden = {
  position: 'absolute', width: 1, height: 1, p: 0, m: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0,
} as const
