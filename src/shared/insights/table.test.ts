import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { articleCohort } from './article-cohort'
import { cohorts } from './cohorts'
import { intake } from './intake'
import { movementBars, movements } from './movements'
import { articleTable, cohortsTable, intakeTable, movementsTable } from './table'

const projects = [
  makeProject({ id: 'alpha', dates: { accepted: '2023-02-10' } }),
  makeProject({ id: 'bravo', maturity: 'incubating', dates: { accepted: '2023-03-01', incubating: '2024-03-01' } }),
  makeProject({ id: 'charlie', maturity: 'archived', dates: { accepted: '2021-05-17', archived: '2023-05-17' } }),
]
const AS_OF = '2025-03-01'
const values = (table: { rows: Record<string, { value: unknown }>[] }, column: string) => table.rows.map((row) => row[column]?.value)

describe('chart tables hold the numbers the charts draw', () => {
  it('intake: one row per bar, one count per segment, with the segment’s selection', () => {
    const data = intake(projects, 'maturity', 'year')
    const table = intakeTable(data, { title: 'Intake', period: 'Year', total: 'Total', periodLabel: (b) => b.period, group: (g) => g })
    expect(table.columns.map((c) => c.id)).toEqual(['period', 'sandbox', 'incubating', 'graduated', 'archived', 'total'])
    expect(values(table, 'period')).toEqual(['2021', '2022', '2023'])
    for (const group of data.groups) expect(values(table, group)).toEqual(data.bars.map((b) => b.segments[group].ids.length))
    expect(values(table, 'total')).toEqual([1, 0, 2])
    expect(table.rows[2].incubating.selection).toEqual({ year: ['2023'], maturity: ['incubating'] })
  })

  it('cohorts: fates, shares, promotion years and survival after each whole year', () => {
    const list = cohorts(projects, AS_OF)
    const table = cohortsTable(list, {
      title: 'Cohorts', year: 'Year', size: 'Accepted', fate: (f) => f, share: (f) => `${f} share`, promoted: 'Promoted',
      medianYears: 'Median', fastestYears: 'Fastest', slowestYears: 'Slowest', survivalAfter: (y) => `After ${y}`,
    })
    expect(values(table, 'year')).toEqual(['2021', '2022', '2023'])
    expect(values(table, 'archivedShare')).toEqual([1, null, 0])
    expect(values(table, 'promotedEver')).toEqual([0, 0, 1])
    expect(values(table, 'medianYears')).toEqual([null, null, 366 / 365.25])
    // 2021's member, archived after two years (730 days), was observed 3.8 years: 1 after one year, 0 after two and three.
    expect(values(table, 'survival1')).toEqual([1, null, 1])
    expect(values(table, 'survival3')).toEqual([0, null, null])
  })

  it('the 2023 cohort: years at each level add up to the years since acceptance', () => {
    const data = articleCohort(projects, AS_OF, (id) => (id === 'bravo' ? 'Evaluating' : undefined))
    const table = articleTable(data, {
      title: '2023', project: 'Project', accepted: 'Accepted', now: 'Now', maturity: (m) => m, yearsAt: (l) => `Years ${l}`,
      path: 'Path', level: (l) => l, status: 'Status',
    }, (date) => date)
    expect(table.columns.map((c) => c.id)).toEqual(['project', 'accepted', 'now', 'years-sandbox', 'years-incubating', 'path', 'status'])
    expect(values(table, 'path')).toEqual(['sandbox 2023-02-10', 'sandbox 2023-03-01 → incubating 2024-03-01'])
    expect(values(table, 'status')).toEqual([null, 'Evaluating'])
    const row = table.rows[1]
    expect((row['years-sandbox'].value as number) + (row['years-incubating'].value as number)).toBeCloseTo(731 / 365.25, 10)
    // Without statuses there is no status column at all.
    expect(articleTable(articleCohort(projects, AS_OF), { title: '', project: '', accepted: '', now: '', maturity: String, yearsAt: String, path: '', level: String, status: 'Status' }, String)
      .columns.map((c) => c.id)).not.toContain('status')
  })

  it('movements: the counts per period and kind', () => {
    const bars = movementBars(movements(projects))
    const table = movementsTable(bars, { title: 'Movements', period: 'Year', total: 'Total', periodLabel: (p) => p, kind: (k) => k })
    expect(table.rows.map((r) => [r.period.value, r.incubating.value, r.archived.value, r.total.value])).toEqual([['2023', 0, 1, 1], ['2024', 1, 0, 1]])
  })
})
