import type { ExportTable } from '../export/model'
import type { ChartTable, ChartValue } from './table'

/** Raw numbers, rounded to what the chart can show: shares to 0.1 %, years to a hundredth. */
function exportValue(value: ChartValue, format: ChartTable['columns'][number]['format']): string | number | null {
  if (typeof value !== 'number') return value
  if (format === 'share') return Math.round(value * 10_000) / 10_000
  if (format === 'years') return Math.round(value * 100) / 100
  return value
}

/** A chart's table as the export model (src/shared/export), written through the export envelope. */
export function toExportTable(table: ChartTable): ExportTable {
  return {
    title: table.title,
    columns: table.columns.map(({ id, header }) => ({ id, header })),
    rows: table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.id, exportValue(row[c.id]?.value ?? null, c.format)]))),
  }
}
