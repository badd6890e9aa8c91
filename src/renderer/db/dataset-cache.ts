import type { Dataset } from '../../shared/dataset/schema'
import type { DatasetMeta, SandscapeDb } from './database'

export type CacheSyncOutcome = 'created' | 'updated' | 'unchanged'

export async function readDatasetMeta(db: SandscapeDb): Promise<DatasetMeta | undefined> {
  return db.meta.get('dataset')
}

/**
 * Puts a dataset into the cache when its version differs from the cached one, in a single
 * transaction over the dataset tables only: a failure leaves the old copy whole, and the
 * user's tables are outside the transaction's scope, so they cannot be touched.
 */
export async function syncDataset(db: SandscapeDb, dataset: Dataset, now: () => Date = () => new Date()): Promise<CacheSyncOutcome> {
  return db.transaction('rw', db.projects, db.meta, async () => {
    const cached = await db.meta.get('dataset')
    if (cached?.version === dataset.version && cached.schemaVersion === dataset.schemaVersion) return 'unchanged'
    await db.projects.clear()
    await db.projects.bulkPut(dataset.projects)
    await db.meta.put({
      key: 'dataset',
      version: dataset.version,
      schemaVersion: dataset.schemaVersion,
      generatedAt: dataset.generatedAt,
      source: dataset.source,
      projectCount: dataset.projects.length,
      cachedAt: now().toISOString(),
    })
    return cached ? 'updated' : 'created'
  })
}
