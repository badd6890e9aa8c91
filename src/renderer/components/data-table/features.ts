import {
  columnSizingFeature,
  columnVisibilityFeature,
  createSortedRowModel,
  metaHelper,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table'

/**
 * What a column may say about its cells: `end` aligns numbers (header and cells) to the right;
 * `control` marks a narrow column of one button or checkbox, drawn with tight padding (and not
 * resizable); `flexible` marks the one column that takes the room the others leave (its size
 * is then its least width); `label` names a column the user defined.
 */
export interface DataTableColumnMeta {
  align?: 'start' | 'end'
  control?: boolean
  /** The column's name where its id is not a translation key (a field the user named). */
  label?: string
  flexible?: boolean
}

/** Inline cell style for a column's meta (shared by header and body cells). */
export function cellStyle(meta: DataTableColumnMeta | undefined): React.CSSProperties | undefined {
  if (meta?.control) return { paddingLeft: 4, paddingRight: 4, textOverflow: 'clip', textAlign: 'center' }
  if (meta?.align === 'end') return { textAlign: 'right', fontVariantNumeric: 'tabular-nums' }
  return undefined
}

/** The one feature set every list view's table uses: sorting, column visibility and sizes. */
export const dataTableFeatures = tableFeatures({
  columnMeta: metaHelper<DataTableColumnMeta>(),
  rowSortingFeature,
  columnVisibilityFeature,
  columnSizingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
})

export type DataTableFeatures = typeof dataTableFeatures
