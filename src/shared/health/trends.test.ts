import { describe, expect, it } from 'vitest'
import type { HealthSnapshot } from './snapshot'
import { buildTrends, DECLINING_RULE, decliningReason, deltaOver, seriesOf, type Point } from './trends'

const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString()
const snap = (day: number, ids: string[], values: HealthSnapshot['values']): HealthSnapshot => ({ at: at(day), ids, values })
const points = (...pairs: [number, number][]): Point[] => pairs.map(([day, value]) => ({ at: at(day), value }))

describe('deltaOver', () => {
  it('compares the latest value with the newest one at least the window old', () => {
    expect(deltaOver(points([0, 100], [30, 150], [90, 220], [100, 250]))).toMatchObject({ change: 150, days: 100, from: { value: 100 } })
    expect(deltaOver(points([0, 100], [10, 110], [100, 250]), 90)).toMatchObject({ change: 140, days: 90 })
    expect(deltaOver(points([0, 100], [95, 220], [185, 300]))).toMatchObject({ change: 80, days: 90, from: { value: 220 } })
  })

  it('uses what history there is when it is shorter than the window, and needs two points', () => {
    expect(deltaOver(points([0, 10], [30, 14]))).toMatchObject({ change: 4, days: 30 })
    expect(deltaOver(points([0, 10]))).toBeUndefined()
    expect(deltaOver([])).toBeUndefined()
  })
})

describe('the declining rule', () => {
  it('holds when contributors fell 30% or more over 60 to 180 days', () => {
    expect(decliningReason({ contributors: points([0, 100], [90, 70]), clomonitor: [] })).toBe('contributors')
    expect(decliningReason({ contributors: points([0, 100], [90, 71]), clomonitor: [] })).toBeUndefined()
    // Too recent to tell, or too long ago to count.
    expect(decliningReason({ contributors: points([0, 100], [30, 50]), clomonitor: [] })).toBeUndefined()
    expect(decliningReason({ contributors: points([0, 100], [DECLINING_RULE.windowDays + 10, 50]), clomonitor: [] })).toBeUndefined()
    // A tiny project losing three of nine is not a trend.
    expect(decliningReason({ contributors: points([0, 9], [90, 6]), clomonitor: [] })).toBeUndefined()
  })

  it('holds when the CLOMonitor score fell 15 points or more', () => {
    expect(decliningReason({ contributors: [], clomonitor: points([0, 80], [70, 65]) })).toBe('clomonitor')
    expect(decliningReason({ contributors: [], clomonitor: points([0, 80], [70, 66]) })).toBeUndefined()
  })
})

describe('buildTrends', () => {
  const snapshots = [
    snap(90, ['a', 'b'], { stars: [220, 10], contributors: [60, 5], clomonitor: [70, null] }),
    snap(0, ['a', 'b'], { stars: [100, 10], contributors: [100, 5], clomonitor: [80, null] }),
    snap(45, ['a'], { stars: [150], contributors: [null] }),
  ]

  it('gathers each project\'s series in time order, skipping gaps, with deltas and the declining mark', () => {
    const trends = buildTrends(snapshots)
    const a = trends.get('a')!
    expect(a.series.stars.map((p) => p.value)).toEqual([100, 150, 220])
    expect(a.series.contributors.map((p) => p.value)).toEqual([100, 60])
    expect(a.deltas).toMatchObject({ stars: { change: 120, days: 90 }, contributors: { change: -40 }, clomonitor: { change: -10 } })
    expect(a.declining).toBe('contributors')
    expect(trends.get('b')!.deltas.stars).toMatchObject({ change: 0 })
    expect(trends.get('b')!.declining).toBeUndefined()
    expect(trends.has('c')).toBe(false)
  })

  it('reads one project\'s series the same way', () => {
    const ordered = [...snapshots].sort((x, y) => x.at.localeCompare(y.at))
    expect(seriesOf(ordered, 'a', 'stars')).toEqual(buildTrends(snapshots).get('a')!.series.stars)
    expect(seriesOf(ordered, 'b', 'clomonitor')).toEqual([])
  })
})
