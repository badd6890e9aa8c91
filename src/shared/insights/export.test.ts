import { describe, expect, it } from 'vitest'
import { LANDSCAPE_LICENSE } from '../dataset/build'
import type { DatasetSource } from '../dataset/schema'
import { attributionLines, chartCsv } from './export'
import type { ChartTable } from './table'

const source: DatasetSource = {
  name: 'CNCF Landscape', url: 'https://github.com/cncf/landscape', revision: '153d699bddf74038d21775b14d09052f62021441', date: '2026-08-07',
  license: { ...LANDSCAPE_LICENSE },
}

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

describe('chartCsv', () => {
  it('writes the header, one record per row with raw numbers, then the attribution after a blank line', () => {
    const csv = chartCsv(table, attributionLines(source, 'CNCF Landscape, revision 153d699bddf7, 7 Aug 2026'))
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFIntake year,Accepted,"Still in the Sandbox, share","Median years, to incubation",Note',
      // Shares to 0.1 %, years to a hundredth; a cell a spreadsheet would run as a formula is quoted as text.
      `2023,25,0.92,2.86,"'=1+1, ""quoted"""`,
      '2024,0,,,',
      '',
      `"${LANDSCAPE_LICENSE.attribution}",${LANDSCAPE_LICENSE.url}`,
      '"CNCF Landscape, revision 153d699bddf7, 7 Aug 2026",https://github.com/cncf/landscape',
      '',
    ])
  })
})
