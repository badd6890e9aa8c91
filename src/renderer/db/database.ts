import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie'
import type { DatasetSource, Project } from '../../shared/dataset/schema'
import type { DatasetChange } from '../../shared/dataset/diff'
import type { DownloadFailure, SourceAttempt, SourceFormat } from '../../shared/refresh/schema'
import type { FigureSourceId } from '../../shared/health/schema'
import type { HealthSnapshot, ProjectHealth } from '../../shared/health/snapshot'
import type { BoardColumnOrder } from '../../shared/evaluation/board'
import type { FieldDefinition, FieldValueRecord } from '../../shared/evaluation/fields'
import type { StatusChange } from '../../shared/evaluation/history'
import type { ViewSettingsRecord } from '../../shared/evaluation/schema'
import type { StatusDefinition } from '../../shared/evaluation/status'
import type { StoredTableSnapshot } from '../../shared/projects/table-snapshot'
import { userDataLimits } from './limits'

/** What we remember about the cached dataset, in the `meta` table under key "dataset". */
export interface DatasetMeta {
  key: 'dataset'
  version: string
  schemaVersion: number
  generatedAt: string
  source: DatasetSource
  projectCount: number
  /** When this copy entered the cache (ISO time). */
  cachedAt: string
  /** Where the data came from: the bundle shipped with the app, or a live refresh (absent: bundled). */
  origin?: 'bundled' | 'refresh'
  /** When the last refresh succeeded (ISO time). */
  refreshedAt?: string
  /** For refreshed data: the version of the bundled dataset it was laid over and curated from. */
  bundledVersion?: string
}

/** Starred projects; `lists` names the user's lists the project is in. */
export interface BookmarkRecord {
  projectId: string
  createdAt: string
  lists: string[]
}

export interface NoteRecord {
  projectId: string
  markdown: string
  createdAt: string
  updatedAt: string
}

export interface UserTagRecord {
  projectId: string
  tag: string
  createdAt: string
}

export interface ComparisonRecord {
  id: string
  name: string
  projectIds: string[]
  createdAt: string
  updatedAt: string
}

/** A project logo fetched on refresh (issue 5): kept as a Blob, shown only through <img>. */
export interface LogoRecord {
  projectId: string
  /** The logo file name or URL it came from, to skip unchanged logos. */
  source: string
  blob: Blob
  fetchedAt: string
}

/** One refresh from the live landscape and what changed in it, for the What's new view. */
export interface RefreshRecord {
  id: string
  finishedAt: string
  sourceUrl: string
  /** Which of the two formats the data came from. */
  format?: SourceFormat
  fromVersion: string
  toVersion: string
  /** The data's date before the refresh (YYYY-MM-DD). */
  fromDate?: string
  projectCount?: number
  /** Diff entries from src/shared/dataset/diff.ts; read them back with readChanges(). */
  changes: DatasetChange[]
  /** Sources tried first that failed, and why. */
  failedAttempts?: SourceAttempt[]
  /** How many entries or links the source had that were skipped. */
  warningCount?: number
  /** Logos stored, and those refused or unreachable, once the logo pass has run. */
  logos?: { stored: number; refused: number; failed: number }
}

/** One project's health figures (issue 14), per source; a source's part is replaced only when it answered. */
export interface HealthRecord extends ProjectHealth {
  projectId: string
}

/** How the last refresh went for one source of figures (the landscape, CLOMonitor, ...). */
export interface SourceStatusRecord {
  source: FigureSourceId
  /** When the refresh tried it (ISO time). */
  at: string
  url: string
  ok: boolean
  /** Projects it brought figures for, when it answered. */
  projects?: number
  /** Projects asked for that it does not know, when it answered. */
  notFound?: number
  error?: DownloadFailure
}

/** A named Projects view the user saved: listed in the sidebar under Projects. */
export interface SavedViewRecord {
  id: string
  name: string
  /** Filters, sort, grouping and layout, as the view's link writes them (shared/projects/view-query.ts). */
  query: string
  /** The columns shown, by id, in order. */
  columns: string[]
  /** The view Projects opens on when the app starts; at most one is. */
  isDefault: boolean
  createdAt: string
  updatedAt: string
}

/**
 * The Projects view's rows and indexes, made when the dataset is stored (issue 13), so a start-up
 * reads a few records instead of every project: one with the search index, the facet columns and
 * the number of row chunks, then one per chunk of rows (`<key>:rows:<n>`) and of each language's
 * summaries (`<key>:summaries-en:<n>`). `stamp` ties them to the stored dataset.
 */
export type TableSnapshotRecord =
  | ({ key: string; kind: 'table'; stamp: string; rowChunkCount: number } & Omit<StoredTableSnapshot, 'rowChunks' | 'summaryChunks'>)
  | { key: string; kind: 'rows'; stamp: string; rowsJson: string }

export interface ListRecord {
  id: string
  name: string
  createdAt: string
}

/**
 * The renderer's IndexedDB. `projects`, `meta`, `logos`, `refreshes`, the health tables
 * (`health`, `sourceStatus`, `healthSnapshots`) and `snapshots` belong to the dataset and its refreshes; every other table is the user's own, keyed by project id, and no dataset update
 * touches it. Only src/renderer/db may import this module.
 */
export type SandscapeDb = Dexie & {
  projects: EntityTable<Project, 'id'>
  meta: Table<DatasetMeta, string>
  bookmarks: EntityTable<BookmarkRecord, 'projectId'>
  lists: EntityTable<ListRecord, 'id'>
  notes: EntityTable<NoteRecord, 'projectId'>
  userTags: Table<UserTagRecord, [string, string]>
  comparisons: EntityTable<ComparisonRecord, 'id'>
  logos: EntityTable<LogoRecord, 'projectId'>
  refreshes: EntityTable<RefreshRecord, 'id'>
  /** Health figures, each source's last status and the snapshots kept over time (issue 14): dataset data. */
  health: EntityTable<HealthRecord, 'projectId'>
  sourceStatus: EntityTable<SourceStatusRecord, 'source'>
  healthSnapshots: EntityTable<HealthSnapshot, 'at'>
  /** Evaluation (issue 10): the user's statuses, every status change, their fields and values, board order, radar and board settings. */
  statuses: EntityTable<StatusDefinition, 'id'>
  statusChanges: EntityTable<StatusChange, 'id'>
  fields: EntityTable<FieldDefinition, 'id'>
  fieldValues: Table<FieldValueRecord, [string, string]>
  boardOrder: EntityTable<BoardColumnOrder, 'columnId'>
  viewSettings: Table<ViewSettingsRecord, string>
  /** Saved views of the Projects table (issue 11). */
  savedViews: EntityTable<SavedViewRecord, 'id'>
  /** The Projects view's cached rows and search index (issue 13): a dataset table, made from the projects. */
  snapshots: Table<TableSnapshotRecord, string>
}

export const DATASET_TABLES = ['projects', 'meta', 'logos', 'refreshes', 'health', 'sourceStatus', 'healthSnapshots', 'snapshots'] as const
export const USER_TABLES = [
  'bookmarks', 'lists', 'notes', 'userTags', 'comparisons', 'statuses', 'statusChanges', 'fields', 'fieldValues', 'boardOrder', 'viewSettings', 'savedViews',
] as const

/**
 * Every schema version the app has shipped, oldest first. Never edit a shipped entry: add a new
 * one (with an upgrade that keeps user data) — db/migrations.test.ts seeds each earlier version
 * and proves the current schema still holds everything.
 */
export const SCHEMA_HISTORY: { version: number; stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<void> }[] = [
  {
    version: 1,
    stores: {
      projects: 'id, maturity, category, name',
      meta: 'key',
      bookmarks: 'projectId, createdAt, *lists',
      lists: 'id, name',
      notes: 'projectId, updatedAt',
      userTags: '[projectId+tag], projectId, tag',
      comparisons: 'id, updatedAt',
      logos: 'projectId',
      refreshes: 'id, finishedAt',
    },
  },
  {
    // Evaluation: new user tables only; nothing earlier changes.
    version: 2,
    stores: {
      statuses: 'id, order',
      statusChanges: 'id, projectId, at',
      fields: 'id, order',
      fieldValues: '[projectId+fieldId], projectId, fieldId',
      boardOrder: 'columnId',
      viewSettings: 'key',
    },
  },
  {
    // Saved views of the Projects table (issue 11): a new table, nothing to move.
    version: 3,
    stores: { savedViews: 'id, name' },
  },
  {
    // Health figures, each source's last status and the snapshots kept over time (issue 14):
    // dataset tables, new; nothing earlier changes.
    version: 4,
    stores: { health: 'projectId', sourceStatus: 'source', healthSnapshots: 'at' },
  },
  {
    // The Projects view's cached rows and search index (issue 13): a dataset table, made again
    // from the cached projects when missing; no user table changes.
    version: 5,
    stores: { snapshots: 'key' },
  },
]

export function openSandscapeDb(name = 'sandscape'): SandscapeDb {
  const db = new Dexie(name) as SandscapeDb
  for (const step of SCHEMA_HISTORY) {
    const version = db.version(step.version).stores(step.stores)
    if (step.upgrade) version.upgrade(step.upgrade)
  }
  db.use(userDataLimits())
  return db
}

let shared: SandscapeDb | undefined

/** The app's one database connection. */
export function appDb(): SandscapeDb {
  shared ??= openSandscapeDb()
  return shared
}
