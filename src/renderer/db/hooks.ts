import { useLiveQuery } from 'dexie-react-hooks'
import { DATASET_SCHEMA_VERSION } from '../../shared/dataset/constants'
import type { Project } from '../../shared/dataset/schema'
import { appDb, type DatasetMeta, type SandscapeDb } from './database'
import { preloadedQuery } from './preloaded-query'

/**
 * The cached dataset is readable only in the shape this app knows. A cache written by an older
 * app (before an update changed the dataset's shape) counts as no cache: the bundled dataset
 * replaces it at start-up, and until then the views wait instead of reading old records.
 */
export async function readCurrentMeta(db: SandscapeDb = appDb()): Promise<DatasetMeta | undefined> {
  const meta = await db.meta.get('dataset')
  return meta?.schemaVersion === DATASET_SCHEMA_VERSION ? meta : undefined
}

/** All cached projects, live; undefined while the first read is in flight or the cache is of an older shape. */
export function useProjects(): Project[] | undefined {
  return useLiveQuery(async () => ((await readCurrentMeta()) ? appDb().projects.toArray() : undefined), [])
}

export function useProject(id: string): Project | null | undefined {
  return useLiveQuery(async () => ((await readCurrentMeta()) ? ((await appDb().projects.get(id)) ?? null) : undefined), [id])
}

const datasetMetaQuery = preloadedQuery(async () => (await readCurrentMeta()) ?? null)

export function useDatasetMeta(): DatasetMeta | null | undefined {
  return datasetMetaQuery.useValue()
}

/** Reads it before the first render (the first view's preload). */
export const preloadDatasetMeta = datasetMetaQuery.preload
