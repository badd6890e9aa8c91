import type { Project } from '../dataset/schema'
import { buildSearchData, ProjectSearchIndex, type SearchDocument } from '../search/search-index'
import type { TermIndexData } from '../search/term-index'
import { attachFacetColumns, attachSearchIndex, attachSearchSource, projectFacetColumns, type Facet, type FacetColumn } from './filter'
import { searchDocument, tableProject, type TableProject } from './rows'

/** Bump when the rows or the indexes change shape: stored snapshots of another format are made again. */
export const TABLE_SNAPSHOT_FORMAT = 1

/** Rows per stored chunk: a browser refuses one stored value over about 130 MB. */
export const ROWS_PER_CHUNK = 10_000

export const SNAPSHOT_LANGUAGES = ['en', 'ru'] as const
export type SnapshotLanguage = (typeof SNAPSHOT_LANGUAGES)[number]

/**
 * The Projects view's data in the form it is cached in, made once per dataset: its rows as JSON
 * texts of up to ROWS_PER_CHUNK rows without their summaries (parsed in a few goes at start-up,
 * much faster than reading every project back from IndexedDB), the summaries apart per language
 * (a start-up reads the UI language's only), the search index made from the whole projects, and
 * the facets' values by row. Rows are in the order of their names, the table's default sort, so
 * sorting them by name at start-up finds them sorted.
 */
export interface StoredTableSnapshot {
  format: number
  rowChunks: string[]
  /** Per language, JSON arrays of each row's summary ('' where it has none), chunked like the rows. */
  summaryChunks: Partial<Record<SnapshotLanguage, string[]>>
  /** Absent while it is being made after the first rows are shown (see buildTableSnapshot). */
  search?: TermIndexData
  facets: Partial<Record<Facet, FacetColumn>>
}

/** The view's data, ready: rows (their search index and facet columns known to the filters). */
export interface TableModel {
  rows: TableProject[]
}

/** The table's "A–Z by name" (TanStack's text sort: lower case, then code units; ties kept in order). */
function byName(a: Pick<Project, 'name'>, b: Pick<Project, 'name'>): number {
  const x = a.name.toLowerCase()
  const y = b.name.toLowerCase()
  return x === y ? 0 : x > y ? 1 : -1
}

const chunks = <T>(items: readonly T[]): T[][] => Array.from({ length: Math.ceil(items.length / ROWS_PER_CHUNK) }, (_, i) => items.slice(i * ROWS_PER_CHUNK, (i + 1) * ROWS_PER_CHUNK))

/** A dataset's rows without their summaries, in the order of their names, with what goes along. */
interface TableParts {
  rows: TableProject[]
  sorted: Project[]
  documents: SearchDocument[]
  facets: Partial<Record<Facet, FacetColumn>>
}

function tableParts(projects: readonly Project[]): TableParts {
  const sorted = [...projects].sort(byName)
  const rows = sorted.map((p) => {
    const row = tableProject(p)
    delete row.summary
    return row
  })
  return { rows, sorted, documents: sorted.map(searchDocument), facets: projectFacetColumns(rows) }
}

/**
 * Made once per dataset, when it is stored. The search index is the heavy part (every word of
 * every project): with `search: 'later'` it is left out, and the search's documents (in the rows'
 * order) come back to make it from when the rows are on screen (buildSearchData).
 */
export function buildTableSnapshot(projects: readonly Project[], options: { search: 'now' | 'later' } = { search: 'now' }): StoredTableSnapshot & { documents: SearchDocument[] } {
  const { rows, sorted, documents, facets } = tableParts(projects)
  return {
    format: TABLE_SNAPSHOT_FORMAT,
    rowChunks: chunks(rows).map((chunk) => JSON.stringify(chunk)),
    summaryChunks: Object.fromEntries(SNAPSHOT_LANGUAGES.map((language) =>
      [language, chunks(sorted).map((chunk) => JSON.stringify(chunk.map((p) => p.summary?.[language] ?? '')))])),
    ...(options.search === 'now' ? { search: buildSearchData(documents) } : {}),
    facets,
    documents,
  }
}

/**
 * The model of `projects` straight from them, as tableModelOf makes it from their snapshot (a
 * first launch shows its rows before the snapshot is stored: writing the rows as JSON and reading
 * them back took ~0.6 s of it at 100,000 projects). Its search is left for later, made from the
 * documents `searchLater` is given.
 */
export function tableModelOfProjects(projects: readonly Project[], language: SnapshotLanguage, searchLater: (documents: SearchDocument[]) => SearchLater): TableModel {
  const { rows, sorted, documents, facets } = tableParts(projects)
  const summaries = sorted.map((p) => p.summary?.[language] ?? '')
  return modelOfRows(rows, summaries, facets, language, undefined, searchLater(documents))
}

const NONE: never[] = []

/** How to make a snapshot's search index left for later: here, or elsewhere (undefined where it could not be). */
export interface SearchLater {
  make: () => TermIndexData
  elsewhere?: () => Promise<TermIndexData | undefined>
}

/**
 * The model the view works from, its summaries in `language` (the other left empty: a language
 * switch makes the model again from the stored snapshot). Without the snapshot's search index, it
 * is made with `searchLater` (attachSearchSource). Values many rows share (maturity,
 * categories, tags, dates) are kept once: parsing makes a new string for every occurrence, and a
 * large catalogue repeats them tens of thousands of times.
 */
export function tableModelOf(snapshot: StoredTableSnapshot, language: SnapshotLanguage, searchLater?: SearchLater): TableModel {
  const rows: TableProject[] = []
  for (const chunk of snapshot.rowChunks) for (const row of JSON.parse(chunk) as TableProject[]) rows.push(row)
  const summaries: string[] = []
  for (const chunk of snapshot.summaryChunks[language] ?? []) for (const text of JSON.parse(chunk) as string[]) summaries.push(text)
  return modelOfRows(rows, summaries, snapshot.facets, language, snapshot.search, searchLater)
}

function modelOfRows(rows: TableProject[], summaries: readonly string[], facets: StoredTableSnapshot['facets'], language: SnapshotLanguage, search: TermIndexData | undefined, searchLater: SearchLater | undefined): TableModel {
  const shared = new Map<string, string>()
  const once = <S extends string>(value: S): S => {
    const known = shared.get(value)
    if (known !== undefined) return known as S
    shared.set(value, value)
    return value
  }
  const dateKeys = ['accepted', 'incubating', 'graduated', 'archived', 'joined'] as const
  rows.forEach((row, i) => {
    const summary = summaries[i]
    if (summary) row.summary = language === 'en' ? { en: summary, ru: '' } : { en: '', ru: summary }
    row.maturity = once(row.maturity)
    row.category = once(row.category)
    row.subcategory = once(row.subcategory)
    row.tags = row.tags.length ? row.tags.map(once) : NONE
    row.extraPlacements = row.extraPlacements.length ? row.extraPlacements.map((p) => ({ category: once(p.category), subcategory: once(p.subcategory) })) : NONE
    // (Rows made straight from projects share this object with them: a date put back equal.)
    for (const key of dateKeys) if (row.dates[key]) row.dates[key] = once(row.dates[key])
    if (row.advisoryGroups) row.advisoryGroups = row.advisoryGroups.map(once)
    if (row.lastAnnualReview) row.lastAnnualReview = once(row.lastAnnualReview)
    if (!row.audits.length) row.audits = NONE
  })
  const index = (data: TermIndexData) => new ProjectSearchIndex(rows.map((r) => r.id), rows.map((r) => r.name), data)
  if (search) attachSearchIndex(rows, index(search))
  else if (searchLater) {
    const { make, elsewhere } = searchLater
    attachSearchSource(rows, () => index(make()), elsewhere && (() => elsewhere().then((data) => { if (data) attachSearchIndex(rows, index(data)) })))
  }
  attachFacetColumns(rows, facets)
  return { rows }
}
