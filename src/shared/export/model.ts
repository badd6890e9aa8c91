/**
 * The tabular model every data export is written from (Compare today; the Projects table, dossiers
 * and Insights as they come): columns with headers, rows of cells, a cell holding zero, one or
 * several values, each value plain or a link. Renderers in this folder turn it into CSV, Markdown
 * and JSON, always inside the export envelope (envelope.ts).
 */

/** A value that points somewhere: the label shown and the http(s) URL it opens. */
export interface ExportLink {
  text: string
  url: string
}

/** One value in a cell. Numbers stay numbers in JSON. */
export type ExportValue = string | number | ExportLink

/** What a cell holds: nothing, one value, or several (written one per line, never comma-joined). */
export type ExportCell = ExportValue | readonly ExportValue[] | null | undefined

export interface ExportColumn {
  /** Key of the column in each row and in JSON; stable, not translated. */
  id: string
  /** The heading people read, in the export's language. */
  header: string
  /** A list column: JSON writes its cells as arrays even when they hold one value. */
  multiple?: boolean
}

export type ExportRow = Readonly<Record<string, ExportCell>>

/**
 * Data in an export that is not the landscape's and whose licence asks to be credited wherever it
 * is shared (the OpenSSF Best Practices badge data, CC BY 3.0+): a line for people and its link.
 */
export interface ExportCredit {
  text: string
  url?: string
}

export interface ExportTable {
  /** The document's title (Markdown heading, JSON `title`, the file name). */
  title: string
  columns: readonly ExportColumn[]
  rows: readonly ExportRow[]
  /** Credits the envelope carries beside the landscape's attribution, for the data of other sources in the rows. */
  credits?: readonly ExportCredit[]
}

export function isExportLink(value: ExportValue): value is ExportLink {
  return typeof value === 'object'
}

/**
 * The values of a cell as a list. Line breaks inside a value become "\n"; empty strings are
 * dropped, since an empty value and no value read the same in every format.
 */
export function cellValues(cell: ExportCell): ExportValue[] {
  if (cell === null || cell === undefined) return []
  const list: readonly ExportValue[] = Array.isArray(cell) ? cell : [cell as ExportValue]
  return list
    .map((value) => (typeof value === 'string' ? normalizeLineBreaks(value) : isExportLink(value) ? { text: normalizeLineBreaks(value.text), url: value.url } : value))
    .filter((value) => (typeof value === 'string' ? value !== '' : true))
}

export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/**
 * A value as one line, for cells holding several values: one value per line is only
 * unambiguous when no value spans lines itself, so a break inside a value becomes a space.
 */
export function singleLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ')
}

/** Refuses a table no format can write faithfully: no columns, or two columns with one id. */
export function assertWritableTable(table: ExportTable): void {
  if (table.columns.length === 0) throw new Error(`Export "${table.title}" has no columns.`)
  const seen = new Set<string>()
  for (const { id } of table.columns) {
    if (seen.has(id)) throw new Error(`Export "${table.title}" has two columns with the id "${id}".`)
    seen.add(id)
  }
}
