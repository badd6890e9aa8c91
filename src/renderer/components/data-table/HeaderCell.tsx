import { useId, useRef, type KeyboardEvent, type PointerEvent } from 'react'
import Box from '@mui/material/Box'
import TableSortLabel from '@mui/material/TableSortLabel'
import { useTranslation } from 'react-i18next'
import type { Header, ReactTable, RowData } from '@tanstack/react-table'
import { cellStyle, type DataTableFeatures } from './features'

const RESIZE_STEP = 16
/** A long name ("Дней на стадии") takes a second line rather than an ellipsis. */
const LABEL_SX = { overflow: 'hidden', whiteSpace: 'normal', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', lineHeight: 1.25 } as const

interface HeaderCellProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData>
  header: Header<DataTableFeatures, TData, unknown>
  /** The header's plain text, for the resize handle's name. */
  title: string
  /** Whether the header says it sorts the rows (not while they are ranked some other way). */
  sortIndicator?: boolean
}

/**
 * A column header: a sort button (the whole label, so the label never collides with the sort
 * arrow) and, on columns that allow it, a resize handle at its right edge that works with a
 * pointer (drag; double-click resets) and from the keyboard (arrows).
 */
export function HeaderCell<TData extends RowData>({ table, header, title, sortIndicator = true }: HeaderCellProps<TData>) {
  const { t } = useTranslation()
  const thRef = useRef<HTMLTableCellElement>(null)
  const labelId = useId()
  const { column } = header
  const meta = column.columnDef.meta
  const sorted = sortIndicator ? column.getIsSorted() : false
  const canSort = column.getCanSort()
  const resizable = !meta?.control
  const width = column.getSize()
  const min = column.columnDef.minSize ?? 40
  const max = column.columnDef.maxSize ?? 1000

  const setWidth = (next: number) => {
    const clamped = Math.round(Math.min(max, Math.max(min, next)))
    table.setColumnSizing((sizes) => ({ ...sizes, [column.id]: clamped }))
  }

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    event.preventDefault()
    event.stopPropagation()
    const handle = event.currentTarget
    handle.setPointerCapture(event.pointerId)
    // The flexible column may be drawn wider than its size: start from what is on screen.
    const start = thRef.current?.getBoundingClientRect().width ?? width
    const x = event.clientX
    const move = (e: globalThis.PointerEvent) => setWidth(start + e.clientX - x)
    const up = () => {
      handle.removeEventListener('pointermove', move)
      handle.removeEventListener('pointerup', up)
      handle.removeEventListener('pointercancel', up)
    }
    handle.addEventListener('pointermove', move)
    handle.addEventListener('pointerup', up)
    handle.addEventListener('pointercancel', up)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const delta = event.key === 'ArrowLeft' ? -RESIZE_STEP : event.key === 'ArrowRight' ? RESIZE_STEP : 0
    if (delta) {
      event.preventDefault()
      setWidth((thRef.current?.getBoundingClientRect().width ?? width) + delta)
    } else if (event.key === 'Home') {
      event.preventDefault()
      column.resetSize()
    }
  }

  return (
    <Box
      component="th"
      ref={thRef}
      scope="col"
      // Named by its label alone: the resize handle inside has a name of its own.
      aria-labelledby={labelId}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined}
      sx={{ height: 38, py: 0.5, fontWeight: 600, color: 'text.secondary', width: meta?.flexible ? undefined : `${width}px`, bgcolor: 'background.paper', position: 'relative', textOverflow: 'clip !important', whiteSpace: 'normal !important' }}
      style={cellStyle(meta)}
    >
      {header.isPlaceholder ? null : canSort ? (
        <TableSortLabel
          active={sorted !== false}
          direction={sorted === 'desc' ? 'desc' : 'asc'}
          onClick={column.getToggleSortingHandler()}
          sx={{ maxWidth: '100%', '& .MuiTableSortLabel-icon': { flex: 'none' } }}
        >
          <Box component="span" id={labelId} sx={LABEL_SX}><table.FlexRender header={header} /></Box>
        </TableSortLabel>
      ) : (
        <Box component="span" id={labelId} sx={LABEL_SX}><table.FlexRender header={header} /></Box>
      )}
      {resizable && (
        <Box
          role="separator"
          aria-orientation="vertical"
          aria-label={t('table.resizeColumn', { column: title })}
          aria-valuenow={Math.round(width)}
          aria-valuemin={min}
          aria-valuemax={max}
          tabIndex={0}
          onPointerDown={onPointerDown}
          onDoubleClick={() => column.resetSize()}
          onKeyDown={onKeyDown}
          onClick={(e) => e.stopPropagation()}
          sx={(theme) => ({
            position: 'absolute', top: 6, bottom: 6, right: 0, width: 7, cursor: 'col-resize', touchAction: 'none',
            borderRight: `2px solid transparent`,
            '&:hover, &:focus-visible': { borderRightColor: theme.palette.primary.main, outline: 'none' },
          })}
        />
      )}
    </Box>
  )
}
