import { useId, useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { Header, ReactTable, RowData } from '@tanstack/react-table'
import { cellStyle, type DataTableFeatures } from './features'

const RESIZE_STEP = 16
/** The sort arrow: Material Icons' arrow_downward, as MUI's sort label draws it (turned up for ascending). */
const SORT_ARROW = 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z'

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
 * pointer (drag; double-click resets) and from the keyboard (arrows). Plain elements, styled once
 * by the table (DataTable's tableStyles): as MUI components the headers were a fifth of the first
 * render of the Projects view.
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

  const label = <span id={labelId} className="data-table-th-label">{header.isPlaceholder ? null : <table.FlexRender header={header} />}</span>
  return (
    <th
      ref={thRef}
      scope="col"
      // Named by its label alone: the resize handle inside has a name of its own.
      aria-labelledby={labelId}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined}
      className="data-table-th"
      style={{ ...cellStyle(meta), width: meta?.flexible ? undefined : `${width}px` }}
    >
      {canSort && !header.isPlaceholder ? (
        <button type="button" className="data-table-sort" data-active={sorted !== false} onClick={column.getToggleSortingHandler()}>
          {label}
          <svg className="data-table-sort-icon" data-direction={sorted === 'desc' ? 'desc' : 'asc'} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={SORT_ARROW} />
          </svg>
        </button>
      ) : label}
      {resizable && (
        <span
          role="separator"
          aria-orientation="vertical"
          aria-label={t('table.resizeColumn', { column: title })}
          aria-valuenow={Math.round(width)}
          aria-valuemin={min}
          aria-valuemax={max}
          tabIndex={0}
          className="data-table-resize"
          onPointerDown={onPointerDown}
          onDoubleClick={() => column.resetSize()}
          onKeyDown={onKeyDown}
          onClick={(e) => e.stopPropagation()}
        />
      )}
    </th>
  )
}
