import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { dayNumber, dayToIso, snapshotsToThin, takeSnapshot, THINNING, type ProjectHealth } from './snapshot'
import type { FigureSourceId } from './schema'

const figures = (stars: number, contributors: number, latestRelease?: string) =>
  [{ url: 'https://github.com/example/x', primary: true, figures: { stars, contributors, ...(latestRelease ? { latestRelease } : {}), fetchedAt: '2026-09-01T00:00:00Z' } }]
const projects = [
  makeProject({ id: 'beta', repositories: figures(200, 20, '2026-08-30T12:00:00Z') }),
  makeProject({ id: 'alpha', maturity: 'archived', repositories: figures(100, 10) }),
  makeProject({ id: 'gamma', repositories: [] }),
]
const health = new Map<string, ProjectHealth>([
  ['alpha', { clomonitor: { name: 'alpha', score: 71.6, rating: 'b', sections: {}, passed: [], failed: [], fetchedAt: 'x' } }],
  ['beta', { bestPractices: { id: 1, level: 'passing', tieredPercentage: 145, fetchedAt: 'x' }, lfx: { slug: 'beta', healthScore: 64, parts: {}, fetchedAt: 'x' } }],
])
const all = new Set<FigureSourceId>(['landscape', 'clomonitor', 'bestPractices', 'lfx'])

describe('takeSnapshot', () => {
  it('keeps each metric as one column aligned with the sorted ids, null where a project has none', () => {
    expect(takeSnapshot('2026-09-01T10:00:00.000Z', projects, health, all)).toEqual({
      at: '2026-09-01T10:00:00.000Z',
      ids: ['alpha', 'beta', 'gamma'],
      values: {
        stars: [100, 200, null],
        contributors: [10, 20, null],
        clomonitor: [72, null, null],
        bestPractices: [null, 145, null],
        lfx: [null, 64, null],
        release: [null, dayNumber('2026-08-30T12:00:00Z'), null],
        archived: [1, 0, 0],
      },
    })
  })

  it('records only what the sources that answered this time brought', () => {
    expect(takeSnapshot('t', projects, health, new Set(['clomonitor']))?.values).toEqual({ clomonitor: [72, null, null] })
    expect(takeSnapshot('t', projects, new Map(), new Set(['clomonitor', 'lfx']))).toBeUndefined()
    expect(takeSnapshot('t', projects, health, new Set())).toBeUndefined()
  })

  it('counts days from 1970 for release dates', () => {
    expect(dayToIso(dayNumber('2026-08-30T23:59:00Z')!)).toBe('2026-08-30')
    expect(dayNumber('not a date')).toBeUndefined()
  })
})

describe('snapshotsToThin', () => {
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString()

  it('keeps the last two weeks whole, then one a week to three months, then one a month', () => {
    // A year of daily refreshes.
    const ats = Array.from({ length: 365 }, (_, i) => day(i))
    const dropped = new Set(snapshotsToThin(ats))
    const kept = ats.filter((at) => !dropped.has(at))
    const newest = Date.parse(ats.at(-1)!)
    const age = (at: string) => (newest - Date.parse(at)) / 86_400_000
    expect(kept.filter((at) => age(at) < THINNING.keepAllDays)).toHaveLength(14)
    const weekly = kept.filter((at) => age(at) >= THINNING.keepAllDays && age(at) < THINNING.weeklyUntilDays)
    // Calendar weeks: eleven whole ones fit in the 77 days, and the edges may add one.
    expect(weekly.length).toBeGreaterThanOrEqual(11)
    expect(weekly.length).toBeLessThanOrEqual(12)
    for (let i = 1; i < weekly.length; i++) expect(Date.parse(weekly[i]) - Date.parse(weekly[i - 1])).toBeGreaterThanOrEqual(86_400_000)
    const monthly = kept.filter((at) => age(at) >= THINNING.weeklyUntilDays)
    expect(new Set(monthly.map((at) => at.slice(0, 7))).size).toBe(monthly.length)
    expect(monthly.length).toBeLessThanOrEqual(10)
    expect(kept.length).toBeLessThan(40)
  })

  it('thinned refresh by refresh, as the app does, still keeps the year: weeks, then months', () => {
    let kept: string[] = []
    for (let i = 0; i < 365; i++) {
      kept.push(day(i))
      const dropped = new Set(snapshotsToThin(kept))
      kept = kept.filter((at) => !dropped.has(at))
    }
    expect(kept.length).toBeGreaterThan(30)
    expect(kept.length).toBeLessThan(40)
    expect(Date.parse(day(364)) - Date.parse(kept[0])).toBeGreaterThan(300 * 86_400_000)
    expect(new Set(kept.map((at) => at.slice(0, 7))).size).toBeGreaterThanOrEqual(12)
  })

  it('keeps a year of weekly refreshes near 25 snapshots and lets nothing recent go', () => {
    const ats = Array.from({ length: 52 }, (_, i) => day(i * 7))
    const dropped = snapshotsToThin(ats)
    expect(ats.length - dropped.length).toBeLessThanOrEqual(26)
    expect(dropped).not.toContain(ats.at(-1))
    expect(dropped).not.toContain(ats.at(-2))
  })

  it('drops what cannot be read as a time, and thins nothing in an empty list', () => {
    expect(snapshotsToThin([day(1), 'garbage'])).toEqual(['garbage'])
    expect(snapshotsToThin([])).toEqual([])
  })
})
