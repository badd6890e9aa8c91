import type { HealthSnapshot, SnapshotMetric } from './snapshot'

/** The figures drawn as trends, in the order the UI shows them. */
export const TREND_METRICS = ['stars', 'contributors', 'clomonitor'] as const satisfies readonly SnapshotMetric[]
export type TrendMetric = (typeof TREND_METRICS)[number]

export interface Point {
  at: string
  value: number
}

/** "+120 stars in 90 days": the change from the first point to the last and the days between. */
export interface Delta {
  change: number
  days: number
  from: Point
  to: Point
}

/** Deltas look back this far; with less history, over what there is. */
export const DELTA_WINDOW_DAYS = 90

/**
 * When a project is marked declining, stated once for the UI and the tests: over the snapshots
 * of the last 180 days, at least 60 days apart, contributors fell by 30% or more (from at least
 * ten), or the CLOMonitor score fell by 15 points or more.
 */
export const DECLINING_RULE = { windowDays: 180, minSpanDays: 60, contributorsDrop: 0.3, minContributors: 10, scoreDrop: 15 } as const
export type DecliningReason = 'contributors' | 'clomonitor'

const DAY_MS = 86_400_000
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS)

/** Snapshots oldest first, the order every function here expects. */
export function chronological(snapshots: readonly HealthSnapshot[]): HealthSnapshot[] {
  return [...snapshots].sort((a, b) => a.at.localeCompare(b.at))
}

/** One project's values of one metric, oldest first, skipping snapshots without one. */
export function seriesOf(snapshots: readonly HealthSnapshot[], projectId: string, metric: SnapshotMetric): Point[] {
  const points: Point[] = []
  for (const snapshot of snapshots) {
    const index = snapshot.ids.indexOf(projectId)
    const value = index < 0 ? null : snapshot.values[metric]?.[index] ?? null
    if (value !== null) points.push({ at: snapshot.at, value })
  }
  return points
}

/**
 * The change over the last `windowDays`: from the newest point at least that old (else the oldest
 * there is) to the latest point. Fewer than two points: no delta.
 */
export function deltaOver(series: readonly Point[], windowDays = DELTA_WINDOW_DAYS): Delta | undefined {
  if (series.length < 2) return undefined
  const to = series[series.length - 1]
  const horizon = Date.parse(to.at) - windowDays * DAY_MS
  let from = series[0]
  for (const point of series) if (Date.parse(point.at) <= horizon) from = point
  if (from === to) return undefined
  return { change: to.value - from.value, days: daysBetween(from.at, to.at), from, to }
}

/** Whether the declining rule holds at the series' last point (see DECLINING_RULE). */
function fellBy(series: readonly Point[], holds: (from: number, to: number) => boolean): boolean {
  const to = series.at(-1)
  if (!to) return false
  const end = Date.parse(to.at)
  return series.some((from) => {
    const age = (end - Date.parse(from.at)) / DAY_MS
    return age >= DECLINING_RULE.minSpanDays && age <= DECLINING_RULE.windowDays && holds(from.value, to.value)
  })
}

export function decliningReason(series: { contributors: readonly Point[]; clomonitor: readonly Point[] }): DecliningReason | undefined {
  const { contributorsDrop, minContributors, scoreDrop } = DECLINING_RULE
  if (fellBy(series.contributors, (from, to) => from >= minContributors && to <= from * (1 - contributorsDrop))) return 'contributors'
  if (fellBy(series.clomonitor, (from, to) => to <= from - scoreDrop)) return 'clomonitor'
  return undefined
}

export interface ProjectTrend {
  series: Record<TrendMetric, Point[]>
  deltas: Partial<Record<TrendMetric, Delta>>
  declining?: DecliningReason
}

/** Every project's trends from the kept snapshots (any order), in one pass over them. */
export function buildTrends(snapshots: readonly HealthSnapshot[]): Map<string, ProjectTrend> {
  const trends = new Map<string, ProjectTrend>()
  for (const snapshot of chronological(snapshots)) {
    snapshot.ids.forEach((id, index) => {
      let trend = trends.get(id)
      for (const metric of TREND_METRICS) {
        const value = snapshot.values[metric]?.[index] ?? null
        if (value === null) continue
        trend ??= { series: { stars: [], contributors: [], clomonitor: [] }, deltas: {} }
        trend.series[metric].push({ at: snapshot.at, value })
      }
      if (trend) trends.set(id, trend)
    })
  }
  for (const trend of trends.values()) {
    for (const metric of TREND_METRICS) {
      const delta = deltaOver(trend.series[metric])
      if (delta) trend.deltas[metric] = delta
    }
    const reason = decliningReason(trend.series)
    if (reason) trend.declining = reason
  }
  return trends
}
