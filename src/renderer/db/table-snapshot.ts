import { useEffect } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { DATASET_SCHEMA_VERSION } from '../../shared/dataset/constants'
import type { Project } from '../../shared/dataset/schema'
import { buildTableSnapshot, SNAPSHOT_LANGUAGES, TABLE_SNAPSHOT_FORMAT, tableModelOf, type SnapshotLanguage, type StoredTableSnapshot, type TableModel } from '../../shared/projects/table-snapshot'
import { buildSearchData, type SearchDocument } from '../../shared/search/search-index'
import type { TermIndexData } from '../../shared/search/term-index'
import { buildSearchDataOffThread } from '../workers/search-data-runner'
import { appDb, type DatasetMeta, type SandscapeDb, type TableSnapshotRecord } from './database'

const KEY = 'projects-table'
const chunkKey = (n: number) => `${KEY}:rows:${n}`
const summaryKey = (language: SnapshotLanguage, n: number) => `${KEY}:summaries-${language}:${n}`

type StampedMeta = Pick<DatasetMeta, 'version' | 'cachedAt' | 'origin' | 'refreshedAt' | 'bundledVersion'>

/** Which stored copy of the data a snapshot was made from: any new copy changes it. */
export function snapshotStamp(meta: StampedMeta): string {
  return [TABLE_SNAPSHOT_FORMAT, meta.version, meta.cachedAt, meta.origin ?? '', meta.refreshedAt ?? '', meta.bundledVersion ?? ''].join('|')
}

/**
 * The search index of the snapshot this session stored, made once its rows are on screen (the
 * filters ask for it when idle after the first rows, or at the first search): the documents to
 * make it from until then, its data once made. Stored into the snapshot as soon as it is made; a
 * session that ends before leaves a snapshot without one, which the next start makes again whole.
 */
let laterSearch: { stamp: string; documents?: SearchDocument[]; data?: TermIndexData; offThread?: Promise<TermIndexData | undefined> } | undefined

/**
 * Stores the Projects view's snapshot of `projects`. Call inside the transaction that stores them.
 * `search: 'later'` (a new dataset, whose first rows are waited for) leaves the search index to be
 * made after they are shown.
 */
export async function putTableSnapshot(db: SandscapeDb, projects: readonly Project[], meta: StampedMeta, { search = 'later' }: { search?: 'now' | 'later' } = {}): Promise<void> {
  const stamp = snapshotStamp(meta)
  const { format, rowChunks, summaryChunks, search: data, facets, documents } = buildTableSnapshot(projects, { search })
  await db.snapshots.clear()
  await db.snapshots.bulkPut([
    { key: KEY, kind: 'table', stamp, format, rowChunkCount: rowChunks.length, ...(data ? { search: data } : {}), facets },
    ...rowChunks.map((rowsJson, n) => ({ key: chunkKey(n), kind: 'rows' as const, stamp, rowsJson })),
    ...SNAPSHOT_LANGUAGES.flatMap((language) => (summaryChunks[language] ?? []).map((rowsJson, n) => ({ key: summaryKey(language, n), kind: 'rows' as const, stamp, rowsJson }))),
  ])
  laterSearch = data ? undefined : { stamp, documents }
}

type LaterSearch = NonNullable<typeof laterSearch>

/** The search index left for later, made: kept for the session's models and stored with its snapshot (the first one made wins). */
function settleLaterSearch(db: SandscapeDb, later: LaterSearch, data: TermIndexData): TermIndexData {
  if (!later.data) {
    later.data = data
    later.documents = undefined
    void storeLaterSearch(db, later.stamp, data)
  }
  return later.data
}

/** Makes the search index left for later here, unless it is made already. */
function makeLaterSearch(db: SandscapeDb, later: LaterSearch): TermIndexData {
  return later.data ?? settleLaterSearch(db, later, buildSearchData(later.documents ?? []))
}

/**
 * Makes the search index left for later in a worker (once, whoever asks first): undefined where no
 * worker can start or it failed (it is then made here when first needed).
 */
function makeLaterSearchOffThread(db: SandscapeDb, later: LaterSearch): Promise<TermIndexData | undefined> {
  later.offThread ??= (async () => {
    if (later.data) return later.data
    const data = await (later.documents && buildSearchDataOffThread(later.documents))?.catch(() => undefined)
    return data ? settleLaterSearch(db, later, data) : later.data
  })()
  return later.offThread
}

async function storeLaterSearch(db: SandscapeDb, stamp: string, search: TermIndexData): Promise<void> {
  try {
    await db.transaction('rw', db.snapshots, async () => {
      const table = await db.snapshots.get(KEY)
      if (table?.kind === 'table' && table.stamp === stamp && !table.search) await db.snapshots.put({ ...table, search })
    })
  } catch {
    // Not stored (a full disk, a closed database): the next start makes the snapshot again.
  }
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
    const whole = (t: TableSnapshotRecord | undefined) => t?.kind === 'table' && t.stamp === snapshotStamp(meta!) && t.search !== undefined
    if (meta && !whole(await db.snapshots.get(KEY))) await putTableSnapshot(db, await db.projects.toArray(), meta, { search: 'now' })
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
  const model = await modelOf(db, meta, language)
  if (model !== 'missing') shared = { stamp, model }
  return model
}

/** The model of the stored dataset in `language`, read anew (what the view shares, without sharing it). */
export async function readTableModel(db: SandscapeDb, language: SnapshotLanguage): Promise<TableModel | null | undefined | 'missing'> {
  const meta = await db.meta.get('dataset')
  if (!meta) return null
  return meta.schemaVersion === DATASET_SCHEMA_VERSION ? modelOf(db, meta, language) : undefined
}

async function modelOf(db: SandscapeDb, meta: DatasetMeta, language: SnapshotLanguage): Promise<TableModel | 'missing'> {
  const snapshot = await readTableSnapshot(db, meta, language)
  if (!snapshot) return 'missing'
  if (snapshot.search) return tableModelOf(snapshot, language)
  // Stored by this session with the search index left for later, or by one that ended before it was made.
  const later = laterSearch?.stamp === snapshotStamp(meta) ? laterSearch : undefined
  if (!later) return 'missing'
  if (later.data) return tableModelOf({ ...snapshot, search: later.data }, language)
  return tableModelOf(snapshot, language, { make: () => makeLaterSearch(db, later), elsewhere: () => makeLaterSearchOffThread(db, later) })
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
