import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { movementBars, movements, movementYears } from './movements'

const projects = [
  makeProject({ id: 'keptn', name: 'Keptn', maturity: 'archived', dates: { accepted: '2020-06-25', incubating: '2022-07-13', archived: '2025-09-03' } }),
  makeProject({ id: 'kubeflow', name: 'Kubeflow', maturity: 'graduated', dates: { accepted: '2023-07-25', incubating: '2023-07-25', graduated: '2026-07-24' } }),
  makeProject({ id: 'xline', name: 'Xline', maturity: 'archived', dates: { accepted: '2023-06-30', archived: '2025-09-19' } }),
  makeProject({ id: 'rkt', name: 'rkt', maturity: 'archived', dates: { accepted: '2017-03-29', archived: '2019-08-16' } }),
  makeProject({ id: 'linkerd', name: 'Linkerd', maturity: 'graduated', dates: { accepted: '2017-01-23', incubating: '2018-04-06', graduated: '2021-07-28' } }),
  makeProject({ id: 'leap', name: 'Leap', maturity: 'graduated', dates: { accepted: '2021-03-01', incubating: '2025-09-03', graduated: '2025-09-03' } }),
  makeProject({ id: 'quiet', name: 'Quiet', dates: { accepted: '2024-01-01' } }),
]

describe('movements', () => {
  const list = movements(projects)
  const line = (m: (typeof list)[number]) => `${m.date} ${m.projectId} ${m.from}→${m.kind}`

  it('lists promotions and archivals by date, then level, then name; entries are not moves', () => {
    expect(list.map(line)).toEqual([
      '2018-04-06 linkerd inception→incubating',
      '2019-08-16 rkt inception→archived',
      '2021-07-28 linkerd incubating→graduated',
      '2022-07-13 keptn sandbox→incubating',
      '2025-09-03 leap sandbox→incubating',
      '2025-09-03 leap incubating→graduated',
      '2025-09-03 keptn incubating→archived',
      '2025-09-19 xline sandbox→archived',
      '2026-07-24 kubeflow incubating→graduated',
    ])
  })

  it('counts per year without gaps, or per month of one year', () => {
    const years = movementBars(list)
    expect(years.map((b) => `${b.period}:${b.byKind.incubating.length}/${b.byKind.graduated.length}/${b.byKind.archived.length}`)).toEqual([
      '2018:1/0/0', '2019:0/0/1', '2020:0/0/0', '2021:0/1/0', '2022:1/0/0', '2023:0/0/0', '2024:0/0/0', '2025:1/1/2', '2026:0/1/0',
    ])
    const months = movementBars(list, '2025')
    expect(months).toHaveLength(12)
    expect(months.filter((b) => b.total > 0).map((b) => [b.period, b.total])).toEqual([['2025-09', 4]])
    expect(movementYears(list)).toEqual(['2026', '2025', '2022', '2021', '2019', '2018'])
    expect(movementBars([])).toEqual([])
  })
})
