import { csvField } from '../compare/export'
import type { DatasetSource } from '../dataset/schema'
import type { ChartTable, ChartValue } from './table'

/**
 * The tabular shape every data export is written from, as the shared export envelope work
 * (src/shared/export/model.ts, issue 16) defines it: when that lands, import its types and hand
 * toExportTable() to its renderExport() in chartCsv(), the one place Insights writes CSV.
 */
export interface ExportTable {
  title: string
  columns: readonly { id: string; header: string }[]
  rows: readonly Readonly<Record<string, string | number | null>>[]
}

/** A line after the table: text, and the address it cites. */
export interface FooterLine {
  text: string
  url?: string
}

/** Raw numbers, rounded to what the chart can show: shares to 0.1 %, years to a hundredth. */
function exportValue(value: ChartValue, format: ChartTable['columns'][number]['format']): string | number | null {
  if (typeof value !== 'number') return value
  if (format === 'share') return Math.round(value * 10_000) / 10_000
  if (format === 'years') return Math.round(value * 100) / 100
  return value
}

export function toExportTable(table: ChartTable): ExportTable {
  return {
    title: table.title,
    columns: table.columns.map(({ id, header }) => ({ id, header })),
    rows: table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.id, exportValue(row[c.id]?.value ?? null, c.format)]))),
  }
}

/** The attribution CC BY 4.0 asks for, and the snapshot the figures come from. */
export function attributionLines(source: DatasetSource, snapshot: string): FooterLine[] {
  return [{ text: source.license.attribution, url: source.license.url }, { text: snapshot, url: source.url }]
}

/**
 * A chart's data as CSV: header row, data rows, a blank line, then the attribution lines (text,
 * and its address in the second column). UTF-8 with a byte order mark for spreadsheets, CRLF.
 */
export function chartCsv(table: ChartTable, footer: readonly FooterLine[]): string {
  const data = toExportTable(table)
  const records = [
    data.columns.map((c) => csvField(c.header)),
    ...data.rows.map((row) => data.columns.map((c) => csvField(String(row[c.id] ?? '')))),
    [],
    ...footer.map((line) => [csvField(line.text), ...(line.url ? [csvField(line.url)] : [])]),
  ]
  return `\uFEFF${records.map((fields) => fields.join(',')).join('\r\n')}\r\n`
}
