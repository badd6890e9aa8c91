import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { healthCompareRows, healthRowSources, type HealthRowLabels } from './compare'
import type { HealthIndex } from './health-index'
import type { ProjectHealth } from './snapshot'
import { buildTrends } from './trends'

const labels: HealthRowLabels = {
  number: (n) => String(n),
  formatDate: (d) => d,
  rating: (r) => r.toUpperCase(),
  section: (s) => s,
  check: (id) => `check:${id}`,
  badge: (level, progress) => `${level} ${progress}%`,
  lfxPart: (part, value) => `${part} ${value}`,
  delta: (metric, d) => `${d.change >= 0 ? '+' : ''}${d.change} ${metric} in ${d.days} days`,
  declining: (reason) => `declining (${reason})`,
  annualReview: (state, date) => `${state} ${date}`,
  audits: (count, last) => `${count} · ${last}`,
  advisoryGroup: (name) => `TAG ${name}`,
}
const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString()
const a = makeProject({ id: 'alpha', advisoryGroups: ['security'], audits: [{ url: 'https://x.example.org/a.pdf', date: '2024-01-02' }] })
const b = makeProject({ id: 'beta' })
const c = makeProject({ id: 'gamma' })
const figures = (score: number, failed: string[], tiered?: number): ProjectHealth => ({
  clomonitor: { name: 'n', score, rating: score >= 75 ? 'a' : 'b', sections: { documentation: score, security: 50 }, passed: [], failed, fetchedAt: 'x' },
  ...(tiered === undefined ? {} : { bestPractices: { id: 1, level: tiered >= 100 ? 'passing' : 'in_progress', tieredPercentage: tiered, fetchedAt: 'x' } }),
})
const index: HealthIndex = {
  figures: new Map([['alpha', figures(88, ['sbom'], 150)], ['beta', figures(61.5, ['sbom', 'security_policy'], 40)], ['gamma', figures(88, [])]]),
  trends: buildTrends([
    { at: day(0), ids: ['alpha', 'beta', 'gamma'], values: { stars: [100, 50, 10], contributors: [40, 30, 20], clomonitor: [80, 70, 88] } },
    { at: day(90), ids: ['alpha', 'beta', 'gamma'], values: { stars: [220, 60, 10], contributors: [41, 12, 20], clomonitor: [88, 61, 88] } },
  ]),
}

describe('healthCompareRows', () => {
  const rows = healthCompareRows([a, b, c], index, labels, '2026-09-01')
  const row = (id: string) => rows.find((r) => r.id === id)!

  it('shows each project\'s figures in the health group', () => {
    expect(rows.every((r) => r.group === 'health')).toBe(true)
    expect(row('clomonitorScore').cells.map((cell) => cell.text)).toEqual(['88 · A', '61.5 · B', '88 · A'])
    expect(row('failedChecks').cells[1].items).toEqual(['check:sbom', 'check:security_policy'])
    expect(row('bestPractices').cells.map((cell) => cell.text)).toEqual(['passing 50%', 'in_progress 40%', ''])
    expect(row('starsTrend').cells[0]).toMatchObject({ text: '+120 stars in 90 days', series: [{ value: 100 }, { value: 220 }] })
    expect(row('declining').cells.map((cell) => cell.text)).toEqual(['', 'declining (contributors)', ''])
  })

  it('marks the best value in each ranked row, ties included', () => {
    const best = (id: string) => row(id).cells.map((cell) => cell.best === true)
    expect(best('clomonitorScore')).toEqual([true, false, true])
    expect(best('failedChecks')).toEqual([false, false, true])
    expect(best('bestPractices')).toEqual([true, false, false])
    expect(best('starsTrend')).toEqual([true, false, false])
    // Only one project has audits: nothing to beat.
    expect(best('audits')).toEqual([false, false, false])
  })

  it('leaves out rows no project has a value for', () => {
    expect(rows.find((r) => r.id === 'lfxHealth')).toBeUndefined()
    expect(rows.find((r) => r.id === 'annualReview')).toBeUndefined()
  })

  it('names the sources whose figures the rows carry, for the export\'s credits', () => {
    expect(healthRowSources(rows)).toEqual(['clomonitor', 'bestPractices'])
    expect(healthRowSources(rows.filter((r) => r.id === 'starsTrend' || r.id === 'audits'))).toEqual([])
    // A row every project leaves empty credits nobody.
    expect(healthRowSources([{ id: 'lfxHealth', cells: [{ text: '' }, { text: ' ' }] }])).toEqual([])
  })
})
