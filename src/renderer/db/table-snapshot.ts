import { useEffect } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { DATASET_SCHEMA_VERSION } from '../../shared/dataset/constants'
import type { Project } from '../../shared/dataset/schema'
import { buildTableSnapshot, SNAPSHOT_LANGUAGES, TABLE_SNAPSHOT_FORMAT, tableModelOf, type SnapshotLanguage, type StoredTableSnapshot, type TableModel } from '../../shared/projects/table-snapshot'
import { appDb, type DatasetMeta, type SandscapeDb } from './database'

const KEY = 'projects-table'
const chunkKey = (n: number) => `${KEY}:rows:${n}`
const summaryKey = (language: SnapshotLanguage, n: number) => `${KEY}:summaries-${language}:${n}`

type StampedMeta = Pick<DatasetMeta, 'version' | 'cachedAt' | 'origin' | 'refreshedAt' | 'bundledVersion'>

/** Which stored copy of the data a snapshot was made from: any new copy changes it. */
export function snapshotStamp(meta: StampedMeta): string {
  return [TABLE_SNAPSHOT_FORMAT, meta.version, meta.cachedAt, meta.origin ?? '', meta.refreshedAt ?? '', meta.bundledVersion ?? ''].join('|')
}

/** Stores the Projects view's snapshot of `projects`. Call inside the transaction that stores them. */
export async function putTableSnapshot(db: SandscapeDb, projects: readonly Project[], meta: StampedMeta): Promise<void> {
  const stamp = snapshotStamp(meta)
  const { format, rowChunks, summaryChunks, search, facets } = buildTableSnapshot(projects)
  await db.snapshots.clear()
  await db.snapshots.bulkPut([
    { key: KEY, kind: 'table', stamp, format, rowChunkCount: rowChunks.length, search, facets },
    ...rowChunks.map((rowsJson, n) => ({ key: chunkKey(n), kind: 'rows' as const, stamp, rowsJson })),
    ...SNAPSHOT_LANGUAGES.flatMap((language) => (summaryChunks[language] ?? []).map((rowsJson, n) => ({ key: summaryKey(language, n), kind: 'rows' as const, stamp, rowsJson }))),
  ])
}

/** The stored snapshot (with the summaries in `language` only) when it belongs to the stored dataset, else undefined. */
export async function readTableSnapshot(db: SandscapeDb, meta: DatasetMeta, language: SnapshotLanguage): Promise<StoredTableSnapshot | undefined> {
  const stamp = snapshotStamp(meta)
  const table = await db.snapshots.get(KEY)
  if (table?.kind !== 'table' || table.stamp !== stamp || table.format !== TABLE_SNAPSHOT_FORMAT) return undefined
  const count = table.rowChunkCount
  const records = await db.snapshots.bulkGet([
    ...Array.from({ length: count }, (_, n) => chunkKey(n)),
    ...Array.from({ length: count }, (_, n) => summaryKey(language, n)),
  ])
  const texts: string[] = []
  for (const record of records) {
    if (record?.kind !== 'rows' || record.stamp !== stamp) return undefined
    texts.push(record.rowsJson)
  }
  return { format: table.format, rowChunks: texts.slice(0, count), summaryChunks: { [language]: texts.slice(count) }, search: table.search, facets: table.facets }
}

let rebuilding: Promise<void> | undefined

/** Makes the snapshot again from the cached projects (a cache stored before snapshots existed has none). */
export function rebuildTableSnapshot(db: SandscapeDb): Promise<void> {
  rebuilding ??= db.transaction('rw', db.projects, db.meta, db.snapshots, async () => {
    const meta = await db.meta.get('dataset')
    if (meta && !(await db.snapshots.get(KEY).then((t) => t?.kind === 'table' && t.stamp === snapshotStamp(meta)))) await putTableSnapshot(db, await db.projects.toArray(), meta)
  }).finally(() => { rebuilding = undefined })
  return rebuilding
}

/** The model made from the latest snapshot: every reader shares it (one copy in memory). */
let shared: { stamp: string; model: TableModel } | undefined

/** The model of the stored dataset in `language`, made once per stored copy; 'missing' when its snapshot is. */
async function currentModel(db: SandscapeDb, language: SnapshotLanguage): Promise<TableModel | null | undefined | 'missing'> {
  const meta = await db.meta.get('dataset')
  if (!meta) return null
  if (meta.schemaVersion !== DATASET_SCHEMA_VERSION) return undefined
  const stamp = `${snapshotStamp(meta)}|${language}`
  if (shared?.stamp === stamp) return shared.model
  const snapshot = await readTableSnapshot(db, meta, language)
  if (!snapshot) return 'missing'
  shared = { stamp, model: tableModelOf(snapshot, language) }
  return shared.model
}

/** A read started before the view was drawn (preloadTableModel), which the view's query waits for rather than repeat. */
let preloading: Promise<unknown> | undefined

/**
 * Starts reading the model while the app's code still loads and renders its frame (the app
 * starting on the Projects view): its first render then finds the rows instead of asking for them.
 * With nothing cached (a first launch), it reads once `stored` says the bundled dataset is in, so
 * the first render can wait for the rows rather than draw an empty frame and then draw again.
 */
export function preloadTableModel(language: SnapshotLanguage, stored?: () => Promise<unknown>): Promise<unknown> {
  const read = () => currentModel(appDb(), language)
  preloading ??= read().then((model) => (model === null && stored ? stored().then(read) : model)).catch(() => undefined)
  return preloading
}

/**
 * The Projects view's rows (summaries in `language`) and their search index, live: undefined while
 * loading (or while a missing snapshot is made, or the cache is of an older shape), null when
 * nothing is cached yet. The stored JSON is parsed inside the query, once for every reader.
 */
export function useTableModel(language: SnapshotLanguage): TableModel | null | undefined {
  const result = useLiveQuery(async () => {
    // Wrapped, as Dexie asks of a promise not its own, so the query below is still observed.
    if (preloading) await Promise.resolve(preloading)
    return currentModel(appDb(), language)
  }, [language], shared?.stamp.endsWith(`|${language}`) ? shared.model : undefined)
  useEffect(() => {
    if (result === 'missing') void rebuildTableSnapshot(appDb())
  }, [result])
  return result === 'missing' ? undefined : result
}
