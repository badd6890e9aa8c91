import { BADGE_LEVELS, type BadgeLevel } from './schema'
import { dayToIso, type HealthSnapshot, type SnapshotMetric } from './snapshot'
import { chronological, decliningReason, seriesOf, type DecliningReason } from './trends'

/** A CLOMonitor score move smaller than this is noise, not news. */
export const SCORE_MOVE_POINTS = 5

/** News about one project between the two latest refreshes, for What's new. */
export type NotableChange =
  | { kind: 'score'; projectId: string; from: number; to: number }
  | { kind: 'badge'; projectId: string; from: BadgeLevel; to: BadgeLevel }
  | { kind: 'release'; projectId: string; day: string }
  | { kind: 'archived'; projectId: string }
  | { kind: 'declining'; projectId: string; reason: DecliningReason }

export const NOTABLE_KINDS = ['archived', 'declining', 'score', 'badge', 'release'] as const satisfies readonly NotableChange['kind'][]

export interface NotableReport {
  /** The two refreshes compared (ISO times); absent until there are two snapshots. */
  since?: string
  at?: string
  changes: NotableChange[]
}

const levelOf = (tiered: number): BadgeLevel => BADGE_LEVELS[Math.min(3, Math.floor(tiered / 100))]

/**
 * What changed for the watched projects (starred or in a list) between the latest snapshot and
 * the one before: a CLOMonitor score that moved by 5 points or more, a badge level reached or
 * lost, a new release, archiving, and the declining rule starting to hold. A figure missing from
 * either snapshot (its source failed) says nothing. Ordered by kind, then project id.
 */
export function notableChanges(snapshots: readonly HealthSnapshot[], watched: ReadonlySet<string>): NotableReport {
  const ordered = chronological(snapshots)
  const latest = ordered.at(-1)
  const previous = ordered.at(-2)
  if (!latest || !previous) return { changes: [] }
  const previousIndex = new Map(previous.ids.map((id, i) => [id, i]))
  const value = (snapshot: HealthSnapshot, index: number | undefined, metric: SnapshotMetric) =>
    index === undefined ? null : snapshot.values[metric]?.[index] ?? null
  const changes: NotableChange[] = []
  latest.ids.forEach((projectId, index) => {
    if (!watched.has(projectId)) return
    const before = previousIndex.get(projectId)
    const pair = (metric: SnapshotMetric) => [value(previous, before, metric), value(latest, index, metric)] as const

    const [scoreFrom, scoreTo] = pair('clomonitor')
    if (scoreFrom !== null && scoreTo !== null && Math.abs(scoreTo - scoreFrom) >= SCORE_MOVE_POINTS) changes.push({ kind: 'score', projectId, from: scoreFrom, to: scoreTo })
    const [badgeFrom, badgeTo] = pair('bestPractices')
    if (badgeFrom !== null && badgeTo !== null && levelOf(badgeFrom) !== levelOf(badgeTo)) changes.push({ kind: 'badge', projectId, from: levelOf(badgeFrom), to: levelOf(badgeTo) })
    const [releaseFrom, releaseTo] = pair('release')
    if (releaseFrom !== null && releaseTo !== null && releaseTo > releaseFrom) changes.push({ kind: 'release', projectId, day: dayToIso(releaseTo) })
    const [archivedFrom, archivedTo] = pair('archived')
    if (archivedFrom === 0 && archivedTo === 1) changes.push({ kind: 'archived', projectId })

    const series = (upTo: readonly HealthSnapshot[]) => ({ contributors: seriesOf(upTo, projectId, 'contributors'), clomonitor: seriesOf(upTo, projectId, 'clomonitor') })
    const reason = decliningReason(series(ordered))
    if (reason && !decliningReason(series(ordered.slice(0, -1)))) changes.push({ kind: 'declining', projectId, reason })
  })
  const rank = (kind: NotableChange['kind']) => NOTABLE_KINDS.indexOf(kind)
  changes.sort((a, b) => rank(a.kind) - rank(b.kind) || a.projectId.localeCompare(b.projectId, 'en'))
  return { since: previous.at, at: latest.at, changes }
}
