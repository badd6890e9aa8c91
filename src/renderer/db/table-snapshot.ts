import { useEffect, useSyncExternalStore } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { DATASET_SCHEMA_VERSION } from '../../shared/dataset/constants'
import type { Project } from '../../shared/dataset/schema'
import { buildTableSnapshot, SNAPSHOT_LANGUAGES, TABLE_SNAPSHOT_FORMAT, tableModelOf, tableModelOfProjects, type SnapshotLanguage, type StoredTableSnapshot, type TableModel } from '../../shared/projects/table-snapshot'
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
  const built = buildTableSnapshot(projects, { search })
  const { format, rowChunks, summaryChunks, facets, documents } = built
  // Its search index, when a search before the store made it.
  const data = built.search ?? (laterSearch?.stamp === stamp ? laterSearch.data : undefined)
  await db.snapshots.clear()
  await db.snapshots.bulkPut([
    { key: KEY, kind: 'table', stamp, format, rowChunkCount: rowChunks.length, ...(data ? { search: data } : {}), facets },
    ...rowChunks.map((rowsJson, n) => ({ key: chunkKey(n), kind: 'rows' as const, stamp, rowsJson })),
    ...SNAPSHOT_LANGUAGES.flatMap((language) => (summaryChunks[language] ?? []).map((rowsJson, n) => ({ key: summaryKey(language, n), kind: 'rows' as const, stamp, rowsJson }))),
  ])
  // The rows shown before they were stored make their search index with this one.
  if (laterSearch?.stamp !== stamp) laterSearch = data ? undefined : { stamp, documents }
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
  if (!meta) return unstored ? unstoredModel(db, unstored, language) : null
  // A copy is stored: rows shown before it no longer need their projects kept.
  unstored = undefined
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
  return snapshot ? modelOfSnapshot(db, snapshot, snapshotStamp(meta), language) : 'missing'
}

function modelOfSnapshot(db: SandscapeDb, snapshot: StoredTableSnapshot, stamp: string, language: SnapshotLanguage): TableModel | 'missing' {
  if (snapshot.search) return tableModelOf(snapshot, language)
  // Stored (or about to be) by this session with the search index left for later, or by one that ended before it was made.
  const later = laterSearch?.stamp === stamp ? laterSearch : undefined
  if (!later) return 'missing'
  if (later.data) return tableModelOf({ ...snapshot, search: later.data }, language)
  return tableModelOf(snapshot, language, { make: () => makeLaterSearch(db, later), elsewhere: () => makeLaterSearchOffThread(db, later) })
}

/**
 * A first launch's dataset, shown before it is stored (showBeforeStoring): the view's model while
 * no dataset is stored is made straight from its projects, equal to the one its stored snapshot
 * makes (tested), and kept as that one once stored.
 */
let unstored: { stamp: string; projects: readonly Project[] } | undefined
/** Changes when rows are shown before storing: the view's query then runs again. */
let unstoredVersion = 0
const unstoredListeners = new Set<() => void>()
const onUnstored = (listener: () => void) => {
  unstoredListeners.add(listener)
  return () => { unstoredListeners.delete(listener) }
}
/** The views reading the model now, and whether one has drawn the unstored rows. */
let readers = 0
let drawUnstored: (() => void) | undefined

function unstoredModel(db: SandscapeDb, pending: NonNullable<typeof unstored>, language: SnapshotLanguage): TableModel {
  const stamp = `${pending.stamp}|${language}`
  if (shared?.stamp !== stamp) {
    const later = laterSearch?.stamp === pending.stamp ? laterSearch : (laterSearch = { stamp: pending.stamp })
    const model = tableModelOfProjects(pending.projects, language, (documents) => {
      if (!later.data) later.documents ??= documents
      return { make: () => makeLaterSearch(db, later), elsewhere: () => makeLaterSearchOffThread(db, later) }
    })
    // The same object once the copy is stored (its stamp is the stored one's): nothing renders again.
    shared = { stamp, model }
  }
  return shared.model
}

const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

/**
 * Shows a first launch's `projects` before they are stored, as stored with `meta`: storing them
 * and reading them back held the first rows back (~50 ms at 255 projects, ~0.6 s at 10,000,
 * profiled). Resolves once the rows are drawn (or, the app's first render done, no view reads
 * them; or after `limitMs`): the caller stores them then, so the store does not hold the drawing
 * back either. Until stored, a project's own page waits for it as before.
 */
export async function showBeforeStoring(projects: readonly Project[], meta: StampedMeta, firstRender: () => Promise<void>, limitMs = 1000): Promise<void> {
  const stamp = snapshotStamp(meta)
  unstored = { stamp, projects }
  const drawn = new Promise<void>((resolve) => { drawUnstored = resolve })
  unstoredVersion++
  for (const listener of unstoredListeners) listener()
  let timer: ReturnType<typeof setTimeout> | undefined
  const limit = new Promise<void>((resolve) => { timer = setTimeout(resolve, limitMs) })
  await Promise.race([
    firstRender().then(async () => {
      if (readers > 0) await drawn
      await nextPaint()
    }),
    limit,
  ])
  clearTimeout(timer)
  drawUnstored = undefined
  // Drawn: their search index starts in a worker now, beside the store, rather than when the page
  // is next idle (the store keeps it busy), so a search typed soon finds it made.
  if (laterSearch?.stamp === stamp && laterSearch.documents) void makeLaterSearchOffThread(appDb(), laterSearch)
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
  // Or when a first launch shows the rows before storing them.
  const offered = () => new Promise<void>((resolve) => {
    if (unstored) return resolve()
    const stop = onUnstored(() => { stop(); resolve() })
  })
  preloading ??= read().then((model) => (model === null && stored ? Promise.race([stored(), offered()]).then(read) : model)).catch(() => undefined)
  return preloading
}

/**
 * The Projects view's rows (summaries in `language`) and their search index, live: undefined while
 * loading (or while a missing snapshot is made, or the cache is of an older shape), null when
 * nothing is cached yet. The stored JSON is parsed inside the query, once for every reader.
 */
export function useTableModel(language: SnapshotLanguage): TableModel | null | undefined {
  const offered = useSyncExternalStore(onUnstored, () => unstoredVersion)
  const result = useLiveQuery(async () => {
    // Wrapped, as Dexie asks of a promise not its own, so the query below is still observed.
    if (preloading) await Promise.resolve(preloading)
    return currentModel(appDb(), language)
  }, [language, offered], shared?.stamp.endsWith(`|${language}`) ? shared.model : undefined)
  useEffect(() => {
    readers++
    return () => { readers-- }
  }, [])
  useEffect(() => {
    if (result === 'missing') void rebuildTableSnapshot(appDb())
    // Drawn: a first launch stores its rows now.
    else if (result && unstored && shared?.model === result) drawUnstored?.()
  }, [result])
  return result === 'missing' ? undefined : result
}
