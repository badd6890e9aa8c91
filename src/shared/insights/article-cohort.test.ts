import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { articleCohort } from './article-cohort'

const AS_OF = '2026-08-07'
const projects = [
  makeProject({ id: 'xline', name: 'Xline', maturity: 'archived', dates: { accepted: '2023-06-30', archived: '2025-09-19' } }),
  makeProject({ id: 'microcks', name: 'Microcks', maturity: 'incubating', dates: { accepted: '2023-06-22', incubating: '2026-05-03' } }),
  makeProject({ id: 'headlamp', name: 'Headlamp', dates: { accepted: '2023-05-17' } }),
  makeProject({ id: 'sops', name: 'SOPS', dates: { accepted: '2023-05-17' } }),
  // Promoted twice on one day: the level left the day it was reached is no stage.
  makeProject({ id: 'leap', name: 'Leap', maturity: 'graduated', dates: { accepted: '2023-03-01', incubating: '2024-01-01', graduated: '2024-01-01' } }),
  makeProject({ id: 'keycloak', name: 'Keycloak', maturity: 'incubating', dates: { accepted: '2023-04-10', incubating: '2023-04-10' } }),
]

describe('articleCohort', () => {
  const cohort = articleCohort(projects, AS_OF, (id) => (id === 'headlamp' ? 'Trying it' : undefined))

  it('lists the article projects by acceptance date, then name', () => {
    expect(cohort.projects.map((p) => p.id)).toEqual(['leap', 'headlamp', 'sops', 'microcks', 'xline'])
    expect(cohort.now).toEqual({ sandbox: 2, incubating: 1, graduated: 1, archived: 1 })
    expect(cohort.selection).toEqual({ entry: ['sandbox'], year: ['2023'] })
  })

  it('reads each path from the dates, with the days at each level', () => {
    const byId = new Map(cohort.projects.map((p) => [p.id, p]))
    // 2023-06-30 to 2025-09-19 is 812 days; 2025-09-19 to 2026-08-07 is 322.
    expect(byId.get('xline')!.stages).toEqual([
      { level: 'sandbox', from: '2023-06-30', to: '2025-09-19', days: 812 },
      { level: 'archived', from: '2025-09-19', to: AS_OF, days: 322 },
    ])
    expect(byId.get('xline')!.daysInStage).toBe(322)
    expect(byId.get('microcks')!.stages.map((s) => s.level)).toEqual(['sandbox', 'incubating'])
    // 2024-01-01 to 2026-08-07: 366 + 365 + 218 days.
    expect(byId.get('leap')!.stages).toEqual([
      { level: 'sandbox', from: '2023-03-01', to: '2024-01-01', days: 306 },
      { level: 'graduated', from: '2024-01-01', to: AS_OF, days: 949 },
    ])
  })

  it("carries the user's status where one is set, and nothing otherwise", () => {
    expect(cohort.projects.find((p) => p.id === 'headlamp')!.status).toBe('Trying it')
    expect(cohort.projects.find((p) => p.id === 'sops')).not.toHaveProperty('status')
    expect(articleCohort(projects, AS_OF).projects.every((p) => p.status === undefined)).toBe(true)
  })
})
