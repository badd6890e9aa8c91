import { ProjectSearchIndex, type PersonalIndex, type SearchHits } from '../search/search-index'
import { filterContext, type FilterContext, type UserDataIndex } from './facets'
import { searchDocument, type TableProject } from './rows'

// The search index of a list of projects: the one made with the table's snapshot (attached to
// its rows), or one made here the first time a list is searched.
const searchIndexes = new WeakMap<readonly TableProject[], ProjectSearchIndex>()

/** Tells the filters which index searches `projects` (made once per dataset and stored, see table-snapshot.ts). */
export function attachSearchIndex(projects: readonly TableProject[], index: ProjectSearchIndex): void {
  searchIndexes.set(projects, index)
  searchSources.delete(projects)
}

// How to make the index of a list whose stored one is not made yet (table-snapshot.ts): here, when
// first searched, or elsewhere (a worker), started by preparing the search.
const searchSources = new WeakMap<readonly TableProject[], { make: () => ProjectSearchIndex; elsewhere?: () => Promise<unknown> }>()

/**
 * Tells the filters how to make the index that searches `projects`, the first time they search
 * them. With `elsewhere` (which settles once it has attached the index, or failed to), preparing
 * the search has it made there and waits, rather than make it on this thread; a search typed
 * before then still makes it at once.
 */
export function attachSearchSource(projects: readonly TableProject[], make: () => ProjectSearchIndex, elsewhere?: () => Promise<unknown>): void {
  searchSources.set(projects, { make, elsewhere })
}

function searchIndexOf(projects: readonly TableProject[]): ProjectSearchIndex {
  let index = searchIndexes.get(projects)
  const source = index ? undefined : searchSources.get(projects)
  if (source) {
    searchSources.delete(projects)
    index = source.make()
    searchIndexes.set(projects, index)
  }
  if (!index || index.size !== projects.length) {
    index = ProjectSearchIndex.build(projects.map(searchDocument))
    searchIndexes.set(projects, index)
  }
  return index
}

// The index of the user's words (notes and tags) for a project index, made again when they change.
const personalIndexes = new WeakMap<ProjectSearchIndex, { words: UserDataIndex['words']; index: PersonalIndex | undefined }>()

function personalIndexOf(index: ProjectSearchIndex, words: UserDataIndex['words']): PersonalIndex | undefined {
  if (!words || words.size === 0) return undefined
  const known = personalIndexes.get(index)
  if (known?.words === words) return known.index
  const personal = index.personalIndex([...words].map(([id, texts]) => ({ id, texts })))
  personalIndexes.set(index, { words, index: personal })
  return personal
}

// The last search, kept: the table and its facet counts ask for the same one.
let lastSearch: { projects: readonly TableProject[]; query: string; words: UserDataIndex['words']; hits: SearchHits | undefined } | undefined

/**
 * How well each project (by position) matches the query: the search's ranks (lower first, -1 for
 * no match), or undefined when the query has no words (everything matches).
 */
export function searchHits(projects: readonly TableProject[], query: string, context: FilterContext = filterContext()): SearchHits | undefined {
  if (query.trim() === '') return undefined
  const words = context.user.words
  if (lastSearch?.projects === projects && lastSearch.query === query && lastSearch.words === words) return lastSearch.hits
  const index = searchIndexOf(projects)
  const hits = index.search(query, personalIndexOf(index, words))
  lastSearch = { projects, query, words, hits }
  return hits
}

/**
 * Prepares the search of `projects` ahead of the first query (see ProjectSearchIndex.prepare). An
 * index that can be made elsewhere is made there first (once; where that fails, here).
 */
export function prepareSearch(projects: readonly TableProject[]): Promise<void> {
  if (projects.length === 0) return Promise.resolve()
  const source = searchSources.get(projects)
  if (source?.elsewhere) {
    const { elsewhere } = source
    source.elsewhere = undefined
    return elsewhere().then(() => prepareSearch(projects), () => prepareSearch(projects))
  }
  searchIndexOf(projects).prepare()
  return Promise.resolve()
}
