import type { DatasetSource } from '../dataset/schema'
import { csvField } from '../compare/export'

/*
 * The Projects view's export: the rows and columns on screen as a table model, written as CSV,
 * Markdown or JSON with the data's attribution. The model and renderExport's signature mirror
 * the shared export envelope of issue 16 (src/shared/export): when it lands, `renderViewExport`
 * gives way to its `renderExport({ kind: 'table', format, table }, envelope)`.
 */

export type ExportFormat = 'csv' | 'md' | 'json'
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'md', 'json']

export interface ExportColumn {
  /** Stable key of the column in JSON rows (the table's column id). */
  id: string
  /** The heading as shown, in the user's language. */
  header: string
}

/** A cell: text as shown, a number (kept a number in JSON), or nothing. */
export type ExportCell = string | number | null | undefined

export interface ExportTable {
  title: string
  columns: readonly ExportColumn[]
  rows: readonly Readonly<Record<string, ExportCell>>[]
}

export interface FooterLine {
  text: string
  url?: string
}

/** Whose data it is and when it was exported: the JSON's `meta`, the footer of CSV and Markdown. */
export interface ExportEnvelope {
  meta: {
    attribution: string
    license: { name: string; url: string }
    source: { name: string; url: string; revision: string; date: string }
    exportedAt: string
  }
  footer: FooterLine[]
}

export function createExportEnvelope(source: DatasetSource, exportedAt: string, footer: FooterLine[]): ExportEnvelope {
  return {
    meta: {
      attribution: source.license.attribution,
      license: { name: source.license.name, url: source.license.url },
      source: { name: source.name, url: source.url, revision: source.revision, date: source.date },
      exportedAt,
    },
    footer,
  }
}

export interface RenderedExport {
  fileName: string
  content: string
  filter: { name: string; extensions: string[] }
}

const FILTERS: Record<ExportFormat, RenderedExport['filter']> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  md: { name: 'Markdown', extensions: ['md'] },
  json: { name: 'JSON', extensions: ['json'] },
}

const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ')
const cellText = (cell: ExportCell) => (cell === null || cell === undefined ? '' : oneLine(String(cell)))

/** BOM so spreadsheets read UTF-8; CRLF records; a blank line, then the attribution lines. */
function csv(table: ExportTable, envelope: ExportEnvelope): string {
  const records = [
    table.columns.map((c) => csvField(oneLine(c.header))),
    ...table.rows.map((row) => table.columns.map((c) => csvField(cellText(row[c.id])))),
    [],
    ...envelope.footer.map((line) => [csvField(line.text), ...(line.url ? [csvField(line.url)] : [])]),
  ]
  return `\uFEFF${records.map((fields) => fields.join(',')).join('\r\n')}\r\n`
}

/** Text a Markdown renderer shows as written: its syntax characters escaped, pipes too (table cells). */
function markdownText(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|~#]/g, '\\$&').trim()
}

function markdown(table: ExportTable, envelope: ExportEnvelope): string {
  const row = (cells: string[]) => `| ${cells.map((c) => c || ' ').join(' | ')} |`
  const lines = [
    `# ${markdownText(table.title)}`,
    '',
    row(table.columns.map((c) => markdownText(c.header))),
    row(table.columns.map(() => '---')),
    ...table.rows.map((r) => row(table.columns.map((c) => markdownText(cellText(r[c.id]))))),
    '',
    '---',
    '',
    envelope.footer.map((line) => (line.url ? `[${markdownText(line.text)}](<${line.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : markdownText(line.text))).join('\\\n'),
  ]
  return `${lines.join('\n')}\n`
}

function json(table: ExportTable, envelope: ExportEnvelope): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.id, row[c.id] ?? null])))
  return `${JSON.stringify({ meta: envelope.meta, title: table.title, columns: table.columns.map(({ id, header }) => ({ id, header })), rows }, null, 2)}\n`
}

/** A file name from a title: letters, digits, dashes; never a path. */
export function exportFileName(title: string, format: ExportFormat): string {
  const base = title.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80).replace(/^-+|-+$/g, '') || 'sandscape-projects'
  return `${base}.${format}`
}

/** The one way the view's export is written: the table in its format, with the envelope. */
export function renderViewExport(table: ExportTable, format: ExportFormat, envelope: ExportEnvelope): RenderedExport {
  const content = format === 'csv' ? csv(table, envelope) : format === 'md' ? markdown(table, envelope) : json(table, envelope)
  return { fileName: exportFileName(table.title, format), content, filter: FILTERS[format] }
}
