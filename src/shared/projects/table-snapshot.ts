import type { Project } from '../dataset/schema'
import { buildSearchData, ProjectSearchIndex } from '../search/search-index'
import type { TermIndexData } from '../search/term-index'
import { attachSearchIndex } from './filter'
import { searchDocument, tableProject, type TableProject } from './rows'

/** Bump when the rows or the index change shape: stored snapshots of another format are made again. */
export const TABLE_SNAPSHOT_FORMAT = 1

/** Rows per stored chunk: a browser refuses one stored value over about 130 MB. */
export const ROWS_PER_CHUNK = 10_000

/**
 * The Projects view's data in the form it is cached in: its rows as JSON texts of up to
 * ROWS_PER_CHUNK rows (parsed in a few goes at start-up, much faster than reading every project
 * back from IndexedDB) and the search index's data, made from the whole projects.
 */
export interface StoredTableSnapshot {
  format: number
  rowChunks: string[]
  search: TermIndexData
}

/** The view's data, ready: rows in the dataset's order and their search index (known to the filters). */
export interface TableModel {
  rows: TableProject[]
  search: ProjectSearchIndex
}

/** Made once per dataset, when it is stored (the heavy part: every word of every project). */
export function buildTableSnapshot(projects: readonly Project[]): StoredTableSnapshot {
  return {
    format: TABLE_SNAPSHOT_FORMAT,
    rowChunks: Array.from({ length: Math.ceil(projects.length / ROWS_PER_CHUNK) }, (_, i) =>
      JSON.stringify(projects.slice(i * ROWS_PER_CHUNK, (i + 1) * ROWS_PER_CHUNK).map((p) => tableProject(p)))),
    search: buildSearchData(projects.map(searchDocument)),
  }
}

const NONE: never[] = []

/**
 * The model the view works from. Rows keep the summary in the UI language only (the other is left
 * empty, which saves a third of their memory on a large catalogue); a language switch makes the
 * model again from the stored snapshot.
 */
export function tableModelOf(snapshot: StoredTableSnapshot, language: 'en' | 'ru'): TableModel {
  const rows: TableProject[] = []
  for (const chunk of snapshot.rowChunks) for (const row of JSON.parse(chunk) as TableProject[]) rows.push(row)
  // Values many rows share (maturity, categories, tags, dates) are kept once: parsing makes a new
  // string for every occurrence, and a large catalogue repeats them tens of thousands of times.
  const shared = new Map<string, string>()
  const once = <S extends string>(value: S): S => {
    const known = shared.get(value)
    if (known !== undefined) return known as S
    shared.set(value, value)
    return value
  }
  const dateKeys = ['accepted', 'incubating', 'graduated', 'archived', 'joined'] as const
  for (const row of rows) {
    if (row.summary) row.summary = language === 'en' ? { en: row.summary.en, ru: '' } : { en: '', ru: row.summary.ru }
    row.maturity = once(row.maturity)
    row.category = once(row.category)
    row.subcategory = once(row.subcategory)
    row.tags = row.tags.length ? row.tags.map(once) : NONE
    row.extraPlacements = row.extraPlacements.length ? row.extraPlacements.map((p) => ({ category: once(p.category), subcategory: once(p.subcategory) })) : NONE
    for (const key of dateKeys) if (row.dates[key]) row.dates[key] = once(row.dates[key])
    if (row.advisoryGroups) row.advisoryGroups = row.advisoryGroups.map(once)
    if (row.lastAnnualReview) row.lastAnnualReview = once(row.lastAnnualReview)
    if (!row.audits.length) row.audits = NONE
  }
  const search = new ProjectSearchIndex(rows.map((r) => r.id), rows.map((r) => r.name), snapshot.search)
  attachSearchIndex(rows, search)
  return { rows, search }
}
