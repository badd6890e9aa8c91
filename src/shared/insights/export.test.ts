import { describe, expect, it } from 'vitest'
import { renderExport } from '../export/render'
import { makeEnvelope, readCsvExport } from '../testing/export'
import { toExportTable } from './export'
import type { ChartTable } from './table'

const table: ChartTable = {
  title: 'Cohorts',
  columns: [
    { id: 'year', header: 'Intake year', format: 'text' },
    { id: 'size', header: 'Accepted', format: 'count' },
    { id: 'share', header: 'Still in the Sandbox, share', format: 'share' },
    { id: 'median', header: 'Median years, to incubation', format: 'years' },
    { id: 'note', header: 'Note', format: 'text' },
  ],
  rows: [
    { year: { value: '2023' }, size: { value: 25 }, share: { value: 23 / 25 }, median: { value: 1043 / 365.25 }, note: { value: '=1+1, "quoted"' } },
    { year: { value: '2024' }, size: { value: 0 }, share: { value: null }, median: { value: null }, note: { value: null } },
  ],
}

describe('a chart as an export', () => {
  it('keeps raw numbers, rounded to what the chart shows, and empty cells empty', () => {
    expect(toExportTable(table).rows).toEqual([
      { year: '2023', size: 25, share: 0.92, median: 2.86, note: '=1+1, "quoted"' },
      { year: '2024', size: 0, share: null, median: null, note: null },
    ])
  })

  it('reads back from the envelope\'s CSV: header, rows, then the attribution after a blank line', () => {
    const { table: records, footer } = readCsvExport(renderExport({ kind: 'table', format: 'csv', table: toExportTable(table) }, makeEnvelope()).content)
    expect(records).toEqual([
      ['Intake year', 'Accepted', 'Still in the Sandbox, share', 'Median years, to incubation', 'Note'],
      // A cell a spreadsheet would run as a formula is kept as text.
      ['2023', '25', '0.92', '2.86', '\'=1+1, "quoted"'],
      ['2024', '0', '', '', ''],
    ])
    expect(footer[0][0]).toMatch(/CC BY 4\.0/)
  })
})
