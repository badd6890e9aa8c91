import Dexie from 'dexie'
import { DATASET_SCHEMA_VERSION, type Dataset } from '../../shared/dataset/schema'
import { recurate } from '../../shared/refresh/merge'
import type { DatasetMeta, SandscapeDb } from './database'
import { putTableSnapshot } from './table-snapshot'

export type CacheSyncOutcome = 'created' | 'updated' | 'unchanged'

export async function readDatasetMeta(db: SandscapeDb): Promise<DatasetMeta | undefined> {
  return db.meta.get('dataset')
}

type MetaExtras = Pick<DatasetMeta, 'cachedAt' | 'origin' | 'refreshedAt' | 'bundledVersion'>

/** Projects stored per step of a paced store: ~40 ms of the page's thread at 100,000 projects. */
export const PACED_BATCH = 1000

/**
 * Replaces the cached projects, their meta and the Projects view's snapshot of them. Call inside a
 * transaction over the dataset tables: the user's tables are outside its scope, so they cannot be touched.
 * `paced` (a first launch whose rows are on screen) stores the projects a batch at a time and lets
 * the page draw and answer between batches, in the same transaction: copying them into the store
 * was one task of ~0.5 s at 10,000 projects, ~4 s at 100,000, with the page frozen.
 */
export async function putDataset(db: SandscapeDb, dataset: Dataset, extras: MetaExtras, { paced = false } = {}): Promise<void> {
  await db.projects.clear()
  if (!paced) await db.projects.bulkPut(dataset.projects)
  else {
    for (let at = 0; at < dataset.projects.length; at += PACED_BATCH) {
      await db.projects.bulkPut(dataset.projects.slice(at, at + PACED_BATCH))
      // Kept open meanwhile (Dexie asks its requests to wait so): still one transaction.
      await Dexie.waitFor(new Promise((resolve) => setTimeout(resolve, 0)))
    }
  }
  await putTableSnapshot(db, dataset.projects, { version: dataset.version, ...extras })
  await db.meta.put({
    key: 'dataset',
    version: dataset.version,
    schemaVersion: dataset.schemaVersion,
    generatedAt: dataset.generatedAt,
    source: dataset.source,
    projectCount: dataset.projects.length,
    ...extras,
  })
}

/** The cached dataset as a whole document (meta plus projects). */
export async function readCachedDataset(db: SandscapeDb): Promise<Dataset | undefined> {
  const meta = await db.meta.get('dataset')
  if (!meta) return undefined
  return { schemaVersion: DATASET_SCHEMA_VERSION, version: meta.version, generatedAt: meta.generatedAt, source: meta.source, projects: await db.projects.toArray() }
}

/**
 * Puts the bundled dataset into the cache when its version differs from the cached one, in a
 * single transaction over the dataset tables only: a failure leaves the old copy whole, and the
 * user's tables are outside the transaction's scope, so they cannot be touched.
 *
 * Data refreshed on this device outranks an older bundle: it stays, and only takes the bundle's
 * newer curated words (an app update with new summaries). A bundle at least as recent as the
 * refreshed data replaces it.
 */
export async function syncDataset(db: SandscapeDb, dataset: Dataset, now: () => Date = () => new Date(), { paced = false } = {}): Promise<CacheSyncOutcome> {
  return db.transaction('rw', db.projects, db.meta, db.snapshots, async () => {
    const cached = await db.meta.get('dataset')
    if (cached?.version === dataset.version && cached.schemaVersion === dataset.schemaVersion) return 'unchanged'
    if (cached?.origin === 'refresh' && cached.schemaVersion === dataset.schemaVersion && dataset.source.date < cached.source.date) {
      if (cached.bundledVersion === dataset.version) return 'unchanged'
      const refreshed = await readCachedDataset(db)
      const recurated = recurate(refreshed!, dataset.projects)
      await putDataset(db, recurated, { cachedAt: cached.cachedAt, origin: 'refresh', refreshedAt: cached.refreshedAt, bundledVersion: dataset.version })
      return 'unchanged'
    }
    await putDataset(db, dataset, { cachedAt: now().toISOString(), origin: 'bundled' }, { paced })
    return cached ? 'updated' : 'created'
  })
}
