import { useLiveQuery } from 'dexie-react-hooks'
import type { HealthIndex } from '../../shared/health/health-index'
import { HEALTH_SOURCES } from '../../shared/health/constants'
import type { FigureSourceId, HealthSourceResult } from '../../shared/health/schema'
import { snapshotsToThin, takeSnapshot, type HealthSnapshot, type ProjectHealth } from '../../shared/health/snapshot'
import { buildTrends, chronological } from '../../shared/health/trends'
import type { DownloadFailure } from '../../shared/refresh/schema'
import { appDb, type HealthRecord, type SandscapeDb, type SourceStatusRecord } from './database'
import { preloadedQuery } from './preloaded-query'

/** How the landscape download went in this refresh (its figures are read from the projects table). */
export type LandscapeOutcome = { ok: true; url: string; projects: number } | { ok: false; url: string; error: DownloadFailure }

export interface HealthPassInput {
  /** When the refresh ran (ISO time): the snapshot's key and every status's time. */
  at: string
  landscape?: LandscapeOutcome
  results: readonly HealthSourceResult[]
}

/**
 * Stores one refresh's health figures (stamped with the refresh's time), in ONE transaction over the health tables: each source that
 * answered replaces its own part of every project's record (a project it no longer knows loses
 * that part), a source that failed leaves its part as it was; every source's status is recorded;
 * a snapshot of what came fresh is added and older snapshots thinned. The user's tables are not
 * in the transaction's scope, and neither is the dataset itself (read only, for the figures).
 */
export async function storeHealthPass(db: SandscapeDb, { at, landscape, results }: HealthPassInput): Promise<HealthSnapshot | undefined> {
  return db.transaction('rw', [db.health, db.sourceStatus, db.healthSnapshots, db.projects], async () => {
    const records = new Map((await db.health.toArray()).map((r) => [r.projectId, r]))
    for (const result of results) {
      if (!result.ok) continue
      for (const [projectId, record] of records) if (!(projectId in result.figures)) delete record[result.source]
      for (const [projectId, figures] of Object.entries(result.figures)) {
        const record = records.get(projectId) ?? { projectId }
        ;(record as ProjectHealth)[result.source] = { ...figures, fetchedAt: at } as never
        records.set(projectId, record)
      }
    }
    const kept = [...records.values()].filter((r) => HEALTH_SOURCES.some((s) => r[s]))
    await db.health.clear()
    await db.health.bulkPut(kept)

    const statuses: SourceStatusRecord[] = results.map((r) => (r.ok
      ? { source: r.source, at, url: r.url, ok: true, projects: Object.keys(r.figures).length, notFound: r.notFound }
      : { source: r.source, at, url: r.url, ok: false, error: r.error }))
    if (landscape) statuses.push(landscape.ok ? { source: 'landscape', at, url: landscape.url, ok: true, projects: landscape.projects } : { source: 'landscape', at, url: landscape.url, ok: false, error: landscape.error })
    await db.sourceStatus.bulkPut(statuses)

    const fresh = new Set<FigureSourceId>(results.filter((r) => r.ok).map((r) => r.source))
    if (landscape?.ok) fresh.add('landscape')
    const snapshot = takeSnapshot(at, await db.projects.toArray(), new Map(kept.map((r) => [r.projectId, r])), fresh)
    if (snapshot) {
      await db.healthSnapshots.put(snapshot)
      const drop = snapshotsToThin(await db.healthSnapshots.toCollection().primaryKeys())
      if (drop.length) await db.healthSnapshots.bulkDelete(drop)
    }
    return snapshot
  })
}

/** Every snapshot, oldest first. */
export async function readSnapshots(db: SandscapeDb = appDb()): Promise<HealthSnapshot[]> {
  return chronological(await db.healthSnapshots.toArray())
}

/**
 * Adds snapshots from a backup that this device lacks (same time: the device's stays), then thins
 * as usual. Only the health tables are written. Returns how many were added.
 */
export async function importSnapshots(snapshots: readonly HealthSnapshot[], db: SandscapeDb = appDb()): Promise<number> {
  return db.transaction('rw', db.healthSnapshots, async () => {
    const have = new Set(await db.healthSnapshots.toCollection().primaryKeys())
    const missing = snapshots.filter((s) => !have.has(s.at))
    await db.healthSnapshots.bulkPut(missing)
    const drop = new Set(snapshotsToThin(await db.healthSnapshots.toCollection().primaryKeys()))
    if (drop.size) await db.healthSnapshots.bulkDelete([...drop])
    return missing.filter((s) => !drop.has(s.at)).length
  })
}

const healthIndexQuery = preloadedQuery(async () => {
  const [records, snapshots] = await Promise.all([appDb().health.toArray(), appDb().healthSnapshots.toArray()])
  return {
    figures: new Map<string, ProjectHealth>(records.map((r: HealthRecord) => [r.projectId, r])),
    trends: buildTrends(snapshots),
  }
})

/** Health figures and trends of every project, live; undefined while the first read is in flight. */
export function useHealthIndex(): HealthIndex | undefined {
  return healthIndexQuery.useValue()
}

/** Reads it before the first render (the first view's preload). */
export const preloadHealthIndex = healthIndexQuery.preload

/** Every kept snapshot, oldest first, live. */
export function useSnapshots(): HealthSnapshot[] | undefined {
  return useLiveQuery(() => readSnapshots(), [])
}

/** The last refresh's status of each source of figures, live. */
export function useSourceStatuses(): Map<FigureSourceId, SourceStatusRecord> | undefined {
  return useLiveQuery(async () => new Map((await appDb().sourceStatus.toArray()).map((s) => [s.source, s])), [])
}
