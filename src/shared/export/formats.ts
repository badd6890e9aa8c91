// Its own module, so an export menu lists the formats without loading the renderers.

/** The formats a table can be written in. */
export type TableFormat = 'md' | 'csv' | 'json'
export type ExportFormat = TableFormat | 'svg'
export const TABLE_FORMATS: readonly TableFormat[] = ['md', 'csv', 'json']
