import { primaryFigures } from '../dataset/figures'
import type { Project } from '../dataset/schema'
import type { FigureSourceId, HealthFiguresBySource } from './schema'

/**
 * The figures kept over time, one small integer each: enough for trends (stars, contributors,
 * CLOMonitor score) and for noticing news between refreshes (badge, LFX score, release, archived).
 */
export const SNAPSHOT_METRICS = ['stars', 'contributors', 'clomonitor', 'bestPractices', 'lfx', 'release', 'archived'] as const
export type SnapshotMetric = (typeof SNAPSHOT_METRICS)[number]

/** Which source brings each metric: a metric is recorded only when its source answered this time. */
export const METRIC_SOURCE: Record<SnapshotMetric, FigureSourceId> = {
  stars: 'landscape', contributors: 'landscape', release: 'landscape', archived: 'landscape',
  clomonitor: 'clomonitor', bestPractices: 'bestPractices', lfx: 'lfx',
}

/**
 * One refresh's figures for every project, stored column-wise (one array per metric, aligned
 * with `ids`) so a snapshot of 255 projects is one compact record. `null` means this refresh
 * did not bring that figure (its source failed or has none): trends skip it rather than reading
 * a stale value as "no change".
 */
export interface HealthSnapshot {
  /** When the refresh took it (ISO time); the record's key. */
  at: string
  ids: string[]
  values: Partial<Record<SnapshotMetric, (number | null)[]>>
}

/** The current health figures of one project, per source, each stamped when fetched. */
export interface ProjectHealth {
  clomonitor?: HealthFiguresBySource['clomonitor'] & { fetchedAt: string }
  bestPractices?: HealthFiguresBySource['bestPractices'] & { fetchedAt: string }
  lfx?: HealthFiguresBySource['lfx'] & { fetchedAt: string }
}

const DAY_MS = 86_400_000

/** A release time as whole days since 1970 (what a snapshot keeps of it). */
export function dayNumber(iso: string | undefined): number | undefined {
  const time = iso ? Date.parse(iso) : Number.NaN
  return Number.isNaN(time) ? undefined : Math.floor(time / DAY_MS)
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

function metricValue(metric: SnapshotMetric, project: Project, health: ProjectHealth | undefined): number | undefined {
  switch (metric) {
    case 'stars': return primaryFigures(project)?.stars
    case 'contributors': return primaryFigures(project)?.contributors
    case 'release': return dayNumber(primaryFigures(project)?.latestRelease)
    case 'archived': return project.maturity === 'archived' ? 1 : 0
    case 'clomonitor': return health?.clomonitor ? Math.round(health.clomonitor.score) : undefined
    case 'bestPractices': return health?.bestPractices?.tieredPercentage
    case 'lfx': return health?.lfx?.healthScore
  }
}

/**
 * The snapshot a refresh leaves: every project's figures from the sources that answered this
 * time (`fresh`). Nothing fresh, or no figure at all: no snapshot.
 */
export function takeSnapshot(at: string, projects: readonly Project[], health: ReadonlyMap<string, ProjectHealth>, fresh: ReadonlySet<FigureSourceId>): HealthSnapshot | undefined {
  const sorted = [...projects].sort((a, b) => a.id.localeCompare(b.id, 'en'))
  const values: HealthSnapshot['values'] = {}
  for (const metric of SNAPSHOT_METRICS) {
    if (!fresh.has(METRIC_SOURCE[metric])) continue
    const column = sorted.map((p) => metricValue(metric, p, health.get(p.id)) ?? null)
    // "Not archived" alone says nothing worth keeping; the other metrics need one real value.
    if (metric === 'archived' ? !column.some((v) => v !== null) : column.every((v) => v === null)) continue
    values[metric] = column
  }
  if (Object.keys(values).length === 0) return undefined
  return { at, ids: sorted.map((p) => p.id), values }
}

/**
 * How snapshots thin out with age, counted back from the newest: all of the last two weeks
 * (refresh-to-refresh news needs the one before), then one a week up to three months, then one
 * a calendar month for five years. Weeks and months are fixed on the calendar (not counted from
 * the newest), so a snapshot that survives once keeps surviving as refreshes go on; within a
 * week or month the newest stays.
 */
export const THINNING = { keepAllDays: 14, weeklyUntilDays: 91, monthlyForMonths: 60 } as const

/** The snapshots (by `at`) that thinning lets go. */
export function snapshotsToThin(ats: readonly string[]): string[] {
  const sorted = [...ats].sort().reverse()
  const newest = Math.max(...sorted.map(Date.parse).filter((t) => !Number.isNaN(t)))
  if (!Number.isFinite(newest)) return [...ats]
  const seen = new Set<string>()
  const drop: string[] = []
  for (const at of sorted) {
    const time = Date.parse(at)
    const ageDays = (newest - time) / DAY_MS
    if (Number.isNaN(time)) { drop.push(at); continue }
    if (ageDays < THINNING.keepAllDays) continue
    const month = at.slice(0, 7)
    const bucket = ageDays < THINNING.weeklyUntilDays ? `w${Math.floor(time / DAY_MS / 7)}` : `m${month}`
    const monthsOld = (new Date(newest).getUTCFullYear() - Number(at.slice(0, 4))) * 12 + new Date(newest).getUTCMonth() + 1 - Number(at.slice(5, 7))
    if (seen.has(bucket) || monthsOld > THINNING.monthlyForMonths) drop.push(at)
    else seen.add(bucket)
  }
  return drop
}
