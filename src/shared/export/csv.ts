import type { ExportEnvelope } from './envelope'
import { assertWritableTable, cellValues, isExportLink, singleLine, type ExportCell, type ExportTable, type ExportValue } from './model'

/** Cells a spreadsheet would run as a formula start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV field (RFC 4180), the only place CSV is quoted. A field a spreadsheet would run as a
 * formula (= + - @, tab, CR first) gets an apostrophe in front, the usual defence against CSV
 * injection: the spreadsheet then shows the text, apostrophe included, instead of running it.
 */
export function csvField(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

/**
 * A link as plain text: "label <url>", or the URL alone when the label is the URL. Angle
 * brackets (RFC 3986, appendix C) because a URL never contains them, so the last " <" always
 * starts the URL, whatever the label says.
 */
function linkText(text: string, url: string): string {
  const label = singleLine(text).trim()
  const bare = url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')
  return !label || label === url || label === bare ? url : `${label} <${url}>`
}

function valueText(value: ExportValue, multiline: boolean): string {
  if (isExportLink(value)) return linkText(value.text, value.url)
  return multiline ? String(value) : singleLine(String(value))
}

/**
 * A cell's text: one value per line (a spreadsheet shows the lines inside one cell). A lone value
 * keeps its own line breaks; in a cell of several, a break inside a value becomes a space.
 */
export function csvCellText(cell: ExportCell): string {
  const values = cellValues(cell)
  return values.map((value) => valueText(value, values.length === 1)).join('\n')
}

export interface CsvOptions {
  /**
   * Only the table: its header row and the data rows, nothing after them, for tools that read
   * every row after the first as data. The attribution is then the user's to carry.
   */
  dataOnly?: boolean
}

const CRLF = '\r\n'
/** So that spreadsheets (Excel above all) read the file as UTF-8, not the system code page. */
const BOM = '\uFEFF'

/**
 * The table as CSV: header row, data rows, then one blank line and the envelope's lines (text,
 * and its link in the second column), unless `dataOnly`. Records end with CRLF; line breaks
 * inside a cell are LF inside a quoted field.
 */
export function csvTable(table: ExportTable, envelope: ExportEnvelope, options: CsvOptions = {}): string {
  assertWritableTable(table)
  const records = [
    table.columns.map((column) => csvField(singleLine(column.header))),
    ...table.rows.map((row) => table.columns.map((column) => csvField(csvCellText(row[column.id])))),
  ]
  if (!options.dataOnly) {
    records.push([], ...envelope.footer.map((line) => [csvField(line.text), ...(line.url ? [csvField(line.url)] : [])]))
  }
  return `${BOM}${records.map((fields) => fields.join(',')).join(CRLF)}${CRLF}`
}
