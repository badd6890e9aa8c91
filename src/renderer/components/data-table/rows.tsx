import { memo, type KeyboardEvent, type ReactNode } from 'react'
import type { ReactTable, Row, RowData } from '@tanstack/react-table'
import Box from '@mui/material/Box'
import ExpandMoreIcon from '@mui/icons-material/ExpandMore'
import ChevronRightIcon from '@mui/icons-material/ChevronRight'
import { cellStyle, type DataTableFeatures } from './features'

interface RowEvents {
  index: number
  height: number
  tabStop: boolean
  onRowFocus: (index: number) => void
  onRowKeyDown: (event: KeyboardEvent<HTMLTableRowElement>, index: number) => void
  onRowClick: (index: number) => void
}


interface DataTableRowProps<TData extends RowData> extends RowEvents {
  table: ReactTable<DataTableFeatures, TData>
  row: Row<DataTableFeatures, TData>
  columnsKey: string
  clickable: boolean
}

/**
 * One body row: plain elements, styled once by the table (DataTable's `tr.data-table-row`).
 * Memoised on the row's data, position and columns, so scrolling re-renders only the rows that
 * enter the window, not every visible row on every frame.
 */
export const DataTableRow = memo(function DataTableRow<TData extends RowData>({
  table, row, index, height, tabStop, clickable, onRowFocus, onRowKeyDown, onRowClick,
}: DataTableRowProps<TData>) {
  return (
    <tr
      className="data-table-row"
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
      style={{ height, cursor: clickable ? 'pointer' : undefined }}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.column.id} style={cellStyle(cell.column.columnDef.meta)}>
          <table.FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  )
}, (prev, next) =>
  prev.row === next.row && prev.index === next.index && prev.tabStop === next.tabStop &&
  prev.columnsKey === next.columnsKey && prev.height === next.height && prev.clickable === next.clickable &&
  prev.onRowKeyDown === next.onRowKeyDown && prev.onRowClick === next.onRowClick,
) as <TData extends RowData>(props: DataTableRowProps<TData>) => ReactNode

interface GroupRowProps extends RowEvents {
  groupKey: string
  label: string
  count: number
  collapsed: boolean
  columnCount: number
}

/**
 * A group's header row: its name and how many rows it holds, across the whole width. The row is
 * a stop in the table's keyboard order like any other; its button folds and unfolds the group.
 */
export const DataTableGroupRow = memo(function DataTableGroupRow({
  groupKey, label, count, collapsed, columnCount, index, height, tabStop, onRowFocus, onRowKeyDown, onRowClick,
}: GroupRowProps) {
  const Icon = collapsed ? ChevronRightIcon : ExpandMoreIcon
  return (
    <tr
      className="data-table-row data-table-group"
      data-index={index}
      data-group-key={groupKey}
      aria-rowindex={index + 2}
      aria-expanded={!collapsed}
      tabIndex={tabStop ? 0 : -1}
      onFocus={() => onRowFocus(index)}
      onKeyDown={(e: KeyboardEvent<HTMLTableRowElement>) => onRowKeyDown(e, index)}
      onClick={() => onRowClick(index)}
      style={{ height, cursor: 'pointer' }}
    >
      <Box component="th" scope="rowgroup" colSpan={columnCount} sx={{ fontWeight: 600, textAlign: 'left' }}>
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
          <Icon fontSize="small" aria-hidden="true" sx={{ color: 'text.secondary' }} />
          <span>{label}</span>
          <Box component="span" sx={{ color: 'text.secondary', fontWeight: 500, fontVariantNumeric: 'tabular-nums' }}>{count}</Box>
        </Box>
      </Box>
    </tr>
  )
})
