import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { DEFAULT_FILTERS, EMPTY_FILTERS, EMPTY_USER_DATA, facetOptions, filterProjects } from '../projects/filter'
import { annualReviewState, healthFacetValues, lastAuditDate, type HealthIndex } from './facets'
import type { ProjectHealth } from './snapshot'
import type { ProjectTrend } from './trends'

const clomonitor = (score: number, rating: 'a' | 'b' | 'c' | 'd', failed: string[]): ProjectHealth['clomonitor'] =>
  ({ name: 'x', score, rating, sections: {}, passed: [], failed, fetchedAt: '2026-09-01T00:00:00Z' })
const projects = [
  makeProject({ id: 'alpha', advisoryGroups: ['security'], lastAnnualReview: '2025-01-10', audits: [{ url: 'https://a.example.org/1.pdf', date: '2022-03-01' }, { url: 'https://a.example.org/2.pdf', date: '2024-06-30' }] }),
  makeProject({ id: 'beta', lastAnnualReview: '2026-05-01' }),
  makeProject({ id: 'gamma', maturity: 'graduated' }),
]
const declining: ProjectTrend = { series: { stars: [], contributors: [], clomonitor: [] }, deltas: {}, declining: 'contributors' }
const health: HealthIndex = {
  figures: new Map<string, ProjectHealth>([
    ['alpha', { clomonitor: clomonitor(81, 'a', ['security_policy']), bestPractices: { id: 1, level: 'silver', tieredPercentage: 210, fetchedAt: 'x' } }],
    ['beta', { clomonitor: clomonitor(42, 'c', ['security_policy', 'recent_release']) }],
  ]),
  trends: new Map([['beta', declining]]),
  today: '2026-09-01',
}

describe('health facets', () => {
  it('give each project its rating, failed checks, badge level, trend, TAGs and review state', () => {
    const alpha = projects[0]
    expect(healthFacetValues(alpha, 'clomonitorRating', health)).toEqual(['a'])
    expect(healthFacetValues(alpha, 'failsCheck', health)).toEqual(['security_policy'])
    expect(healthFacetValues(alpha, 'badgeLevel', health)).toEqual(['silver'])
    expect(healthFacetValues(alpha, 'trend', health)).toEqual([])
    expect(healthFacetValues(projects[1], 'trend', health)).toEqual(['declining'])
    expect(healthFacetValues(alpha, 'advisoryGroup', health)).toEqual(['security'])
    expect(healthFacetValues(projects[2], 'clomonitorRating', health)).toEqual([])
  })

  it('call an annual review due a year after the last one', () => {
    expect(annualReviewState(projects[0], '2026-09-01')).toBe('due')
    expect(annualReviewState(projects[1], '2026-09-01')).toBe('recent')
    expect(annualReviewState(projects[2], '2026-09-01')).toBe('none')
    expect(lastAuditDate(projects[0])).toBe('2024-06-30')
    expect(lastAuditDate(projects[2])).toBeUndefined()
  })

  it('filter the table like any other facet: "fails: SECURITY.md" keeps the projects failing it', () => {
    const fails = filterProjects(projects, { ...EMPTY_FILTERS, failsCheck: ['security_policy'] }, EMPTY_USER_DATA, new Set(), health)
    expect(fails.map((p) => p.id)).toEqual(['alpha', 'beta'])
    const both = filterProjects(projects, { ...EMPTY_FILTERS, failsCheck: ['recent_release'], clomonitorRating: ['a', 'c'] }, EMPTY_USER_DATA, new Set(), health)
    expect(both.map((p) => p.id)).toEqual(['beta'])
  })

  it('count their options in order, and start empty', () => {
    const options = facetOptions(projects, EMPTY_FILTERS, EMPTY_USER_DATA, new Set(), health)
    expect(options.failsCheck).toEqual([{ value: 'recent_release', count: 1 }, { value: 'security_policy', count: 2 }])
    expect(options.clomonitorRating.map((o) => o.value)).toEqual(['a', 'c'])
    expect(options.annualReview).toEqual([{ value: 'due', count: 1 }, { value: 'recent', count: 1 }, { value: 'none', count: 1 }])
    expect(DEFAULT_FILTERS.failsCheck).toEqual([])
    // Without health figures the health facets have nothing to offer.
    expect(facetOptions(projects, EMPTY_FILTERS).failsCheck).toEqual([])
  })
})
