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

/** What a column may say about its cells: `end` aligns numbers (header and cells) to the right. */
export interface DataTableColumnMeta {
  align?: 'start' | 'end'
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
