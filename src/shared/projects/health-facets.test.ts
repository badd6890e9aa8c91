import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import type { HealthIndex } from '../health/health-index'
import { lastAuditDate } from '../health/health-index'
import type { ProjectHealth } from '../health/snapshot'
import type { ProjectTrend } from '../health/trends'
import { DEFAULT_FILTERS, EMPTY_FILTERS, facetOptions, facetValues, filterContext, filterProjects } from './filter'
import { DEFAULT_VIEW_STATE, parseViewQuery, viewQueryText } from './view-query'

const sortable = new Set(['name'])
const read = (query: string) => parseViewQuery(new URLSearchParams(query), { sortable })

const clomonitor = (score: number, rating: 'a' | 'b' | 'c' | 'd', failed: string[]): ProjectHealth['clomonitor'] =>
  ({ name: 'x', score, rating, sections: {}, passed: [], failed, fetchedAt: '2026-09-01T00:00:00Z' })
const projects = [
  makeProject({ id: 'alpha', audits: [{ url: 'https://a.example.org/1.pdf', date: '2022-03-01' }, { url: 'https://a.example.org/2.pdf', date: '2024-06-30' }] }),
  makeProject({ id: 'beta' }),
  makeProject({ id: 'gamma', maturity: 'graduated' }),
]
const declining: ProjectTrend = { series: { stars: [], contributors: [], clomonitor: [] }, deltas: {}, declining: 'contributors' }
const health: HealthIndex = {
  figures: new Map<string, ProjectHealth>([
    ['alpha', { clomonitor: clomonitor(81, 'a', ['security_policy']), bestPractices: { id: 1, level: 'silver', tieredPercentage: 210, fetchedAt: 'x' } }],
    ['beta', { clomonitor: clomonitor(42, 'c', ['security_policy', 'recent_release']) }],
  ]),
  trends: new Map([['beta', declining]]),
}
const context = filterContext({ health, today: '2026-09-01' })

describe('health facets', () => {
  it('give each project its rating, failed checks, badge level and trend, read from the context', () => {
    const [alpha, beta, gamma] = projects
    expect(facetValues(alpha, 'clomonitorRating', context)).toEqual(['a'])
    expect(facetValues(alpha, 'failsCheck', context)).toEqual(['security_policy'])
    expect(facetValues(alpha, 'badgeLevel', context)).toEqual(['silver'])
    expect(facetValues(alpha, 'trend', context)).toEqual([])
    expect(facetValues(beta, 'trend', context)).toEqual(['declining'])
    expect(facetValues(gamma, 'clomonitorRating', context)).toEqual([])
    // The same project object with other figures: the values follow the context, nothing is kept per project.
    expect(facetValues(alpha, 'clomonitorRating', filterContext())).toEqual([])
  })

  it('filter the table like any other facet: "fails: SECURITY.md" keeps the projects failing it', () => {
    const fails = filterProjects(projects, { ...EMPTY_FILTERS, failsCheck: ['security_policy'] }, context)
    expect(fails.map((p) => p.id)).toEqual(['alpha', 'beta'])
    const both = filterProjects(projects, { ...EMPTY_FILTERS, failsCheck: ['recent_release'], clomonitorRating: ['a', 'c'] }, context)
    expect(both.map((p) => p.id)).toEqual(['beta'])
    expect(filterProjects(projects, { ...EMPTY_FILTERS, trend: ['declining'] }, context).map((p) => p.id)).toEqual(['beta'])
  })

  it('count their options in order, and start empty', () => {
    const options = facetOptions(projects, EMPTY_FILTERS, context)
    // In CLOMonitor's own order of checks (best practices before security).
    expect(options.failsCheck).toEqual([{ value: 'recent_release', count: 1 }, { value: 'security_policy', count: 2 }])
    expect(options.clomonitorRating.map((o) => o.value)).toEqual(['a', 'c'])
    expect(options.badgeLevel).toEqual([{ value: 'silver', count: 1 }])
    expect(DEFAULT_FILTERS.failsCheck).toEqual([])
    // Without health figures the health facets have nothing to offer.
    expect(facetOptions(projects, EMPTY_FILTERS, filterContext()).failsCheck).toEqual([])
  })

  it('travel in a view\'s link, unknown values left out', () => {
    const query = viewQueryText({ ...DEFAULT_VIEW_STATE, filters: { ...EMPTY_FILTERS, failsCheck: ['security_policy'], badgeLevel: ['gold'], trend: ['declining'] } })
    expect(read(query).state.filters).toMatchObject({ failsCheck: ['security_policy'], badgeLevel: ['gold'], trend: ['declining'] })
    const hostile = read('clomonitorRating=a,z&badgeLevel=platinum&failsCheck=Not%20A%20Check')
    expect(hostile.state.filters).toMatchObject({ clomonitorRating: ['a'], badgeLevel: [], failsCheck: [] })
    expect(hostile.ignored.length).toBe(3)
  })

  it('date the latest audit from the landscape\'s list', () => {
    expect(lastAuditDate(projects[0])).toBe('2024-06-30')
    expect(lastAuditDate(projects[2])).toBeUndefined()
  })
})
