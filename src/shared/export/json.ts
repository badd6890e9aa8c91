import type { ExportEnvelope } from './envelope'
import { assertWritableTable, cellValues, type ExportCell, type ExportColumn, type ExportLink, type ExportTable } from './model'

type JsonValue = string | number | ExportLink
type JsonCell = JsonValue | JsonValue[] | null

/** A list column's cell is always an array; any other cell is its value, null when empty (an array if it holds several). */
function jsonCell(cell: ExportCell, column: ExportColumn): JsonCell {
  const values = cellValues(cell).map((value) => (typeof value === 'object' ? { text: value.text, url: value.url } : value))
  if (column.multiple || values.length > 1) return values
  return values[0] ?? null
}

/** The table's JSON body: its title, columns, and rows keyed by column id. */
export function jsonTableData(table: ExportTable): { title: string; columns: { id: string; header: string }[]; rows: Record<string, JsonCell>[] } {
  assertWritableTable(table)
  return {
    title: table.title,
    columns: table.columns.map(({ id, header }) => ({ id, header })),
    rows: table.rows.map((row) => Object.fromEntries(table.columns.map((column) => [column.id, jsonCell(row[column.id], column)]))),
  }
}

/**
 * A JSON document: the envelope as `meta`, the data's own keys beside it (so a format with a
 * fixed shape, such as a radar's entries, keeps its shape and gains one key).
 */
export function jsonDocument(data: object, envelope: ExportEnvelope): string {
  if (Object.hasOwn(data, 'meta')) throw new Error('Export data must not have its own "meta" key: the envelope goes there.')
  return `${JSON.stringify({ meta: envelope.meta, ...data }, null, 2)}\n`
}
