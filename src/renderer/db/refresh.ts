import type { Dataset } from '../../shared/dataset/schema'
import { mergeRefresh } from '../../shared/refresh/merge'
import type { FetchedLandscape } from '../../shared/refresh/schema'
import type { RefreshRecord, SandscapeDb } from './database'
import { putDataset } from './dataset-cache'

/** Refreshes remembered for What's new; older ones are let go. */
export const MAX_REFRESH_HISTORY = 100

export interface ApplyRefreshInput {
  fetched: FetchedLandscape
  /** The bundled dataset: the first source of curated words (absent when it could not be read). */
  bundled?: Dataset
  now?: () => Date
}

/**
 * Lays downloaded facts over the cached dataset in ONE transaction over the dataset tables
 * (projects, meta, refreshes, the Projects view's snapshot): the merge, the diff against what is cached, the new projects, the
 * meta and the history entry land together or not at all. The user's tables (bookmarks, lists,
 * notes, tags, comparisons) are outside the transaction's scope, so a refresh cannot touch them.
 */
export async function applyRefresh(db: SandscapeDb, { fetched, bundled, now = () => new Date() }: ApplyRefreshInput): Promise<RefreshRecord> {
  return db.transaction('rw', db.projects, db.meta, db.refreshes, db.snapshots, async () => {
    const meta = await db.meta.get('dataset')
    const previous = await db.projects.toArray()
    const { dataset, changes } = mergeRefresh({ previous, bundled: bundled?.projects, fetched })
    const finishedAt = now().toISOString()
    await putDataset(db, dataset, {
      cachedAt: finishedAt,
      origin: 'refresh',
      refreshedAt: finishedAt,
      bundledVersion: bundled?.version ?? (meta?.origin === 'refresh' ? meta.bundledVersion : meta?.version),
    })
    const record: RefreshRecord = {
      id: `${finishedAt}-${Math.random().toString(36).slice(2, 8)}`,
      finishedAt,
      sourceUrl: fetched.url,
      format: fetched.format,
      fromVersion: meta?.version ?? '',
      toVersion: dataset.version,
      fromDate: meta?.source.date,
      projectCount: dataset.projects.length,
      changes,
      failedAttempts: fetched.failedAttempts,
      warningCount: fetched.warnings.length,
    }
    await db.refreshes.add(record)
    const count = await db.refreshes.count()
    if (count > MAX_REFRESH_HISTORY) {
      await db.refreshes.bulkDelete(await db.refreshes.orderBy('finishedAt').limit(count - MAX_REFRESH_HISTORY).primaryKeys())
    }
    return record
  })
}

export async function recordLogoPass(db: SandscapeDb, refreshId: string, logos: NonNullable<RefreshRecord['logos']>): Promise<void> {
  await db.refreshes.update(refreshId, { logos })
}
