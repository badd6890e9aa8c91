import { describe, expect, it } from 'vitest'
import { notableChanges } from './notable'
import { dayNumber, type HealthSnapshot } from './snapshot'

const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString()
const ids = ['archiving', 'declining', 'quiet', 'releasing', 'scoring', 'unwatched']
const before: HealthSnapshot = {
  at: at(0), ids,
  values: {
    stars: [10, 500, 30, 40, 50, 60],
    contributors: [20, 100, 30, 40, 50, 100],
    clomonitor: [60, 70, 80, 50, 40, 40],
    bestPractices: [50, 120, 120, 120, 120, 50],
    release: [null, 100, 200, 20_000, 300, 10],
    archived: [0, 0, 0, 0, 0, 0],
  },
}
const after: HealthSnapshot = {
  at: at(90), ids,
  values: {
    stars: [10, 520, 31, 40, 50, 60],
    contributors: [20, 60, 30, 40, 50, 10],
    clomonitor: [60, 72, 82, 50, 58, 90],
    bestPractices: [50, 120, 120, 120, 210, 300],
    release: [null, 100, 200, dayNumber(at(85))!, 300, 99_999],
    archived: [1, 0, 0, 0, 0, 1],
  },
}
const watched = new Set(ids.filter((id) => id !== 'unwatched'))

describe('notableChanges', () => {
  it('reports, for watched projects only, archiving, declining begun, score moves, badge levels and releases', () => {
    const report = notableChanges([after, before], watched)
    expect(report).toMatchObject({ since: at(0), at: at(90) })
    expect(report.changes).toEqual([
      { kind: 'archived', projectId: 'archiving' },
      { kind: 'declining', projectId: 'declining', reason: 'contributors' },
      { kind: 'score', projectId: 'scoring', from: 40, to: 58 },
      { kind: 'badge', projectId: 'scoring', from: 'passing', to: 'silver' },
      { kind: 'release', projectId: 'releasing', day: at(85).slice(0, 10) },
    ])
  })

  it('says nothing about a figure a source did not bring, nor before there are two snapshots', () => {
    const gap: HealthSnapshot = { ...after, at: at(91), values: { stars: after.values.stars } }
    expect(notableChanges([before, after, gap], watched).changes).toEqual([])
    expect(notableChanges([before], watched)).toEqual({ changes: [] })
  })

  it('does not repeat "declining" once it has begun', () => {
    const still: HealthSnapshot = { ...after, at: at(100), values: { ...after.values, archived: after.values.archived, clomonitor: after.values.clomonitor } }
    expect(notableChanges([before, after, still], watched).changes.map((c) => c.kind)).not.toContain('declining')
  })
})
