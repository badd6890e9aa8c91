import type { Maturity, Project } from '../dataset/schema'
import { EMPTY_HEALTH, HEALTH_FACETS, healthFacetOrder, healthFacetValues, isHealthFacet, type HealthFacet, type HealthIndex } from '../health/facets'

/** The table's filters; every facet is "any of these values", empty meaning no restriction. */
export interface ProjectFilters extends Record<HealthFacet, string[]> {
  query: string
  maturity: Maturity[]
  category: string[]
  subcategory: string[]
  year: string[]
  tags: string[]
  /** The user's own lists (by list id) and tags. */
  lists: string[]
  userTags: string[]
  starred: boolean
  hasNote: boolean
  /** Only the projects the latest refresh changed. */
  changed: boolean
}

export const FACETS = ['maturity', 'category', 'subcategory', 'year', 'tags', 'lists', 'userTags', ...HEALTH_FACETS] as const
export type Facet = (typeof FACETS)[number]

/** What the user has recorded about projects, by project id: the filters that read it. */
export interface UserDataIndex {
  starred: ReadonlySet<string>
  listsOf: ReadonlyMap<string, readonly string[]>
  userTagsOf: ReadonlyMap<string, readonly string[]>
  withNotes: ReadonlySet<string>
}

export const EMPTY_USER_DATA: UserDataIndex = { starred: new Set(), listsOf: new Map(), userTagsOf: new Map(), withNotes: new Set() }

/** New users land on the Sandbox, the product's focus. */
export const DEFAULT_FILTERS: ProjectFilters = {
  query: '',
  maturity: ['sandbox'],
  category: [],
  subcategory: [],
  year: [],
  tags: [],
  lists: [],
  userTags: [],
  starred: false,
  hasNote: false,
  changed: false,
  ...(Object.fromEntries(HEALTH_FACETS.map((f) => [f, []])) as unknown as Record<HealthFacet, string[]>),
}

export const EMPTY_FILTERS: ProjectFilters = { ...DEFAULT_FILTERS, maturity: [] }

export function acceptedYear(project: Pick<Project, 'dates'>): string | undefined {
  return project.dates.accepted?.slice(0, 4)
}

/** The values a project has for a facet (a project has several tags, one of everything else). */
export function facetValues(project: Project, facet: Facet, user: UserDataIndex = EMPTY_USER_DATA, health: HealthIndex = EMPTY_HEALTH): readonly string[] {
  if (isHealthFacet(facet)) return healthFacetValues(project, facet, health)
  switch (facet) {
    case 'maturity':
      return [project.maturity]
    case 'category':
      return [project.category, ...project.extraPlacements.map((p) => p.category)]
    case 'subcategory':
      return [project.subcategory, ...project.extraPlacements.map((p) => p.subcategory)]
    case 'year': {
      const year = acceptedYear(project)
      return year ? [year] : []
    }
    case 'tags':
      return project.tags
    case 'lists':
      return user.listsOf.get(project.id) ?? []
    case 'userTags':
      return user.userTagsOf.get(project.id) ?? []
  }
}

/** Lower case, no diacritics, ё as е: what both the query and the text are compared as. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ё/g, 'е')
}

const haystacks = new WeakMap<Project, string>()

function haystackOf(project: Project): string {
  let text = haystacks.get(project)
  if (text === undefined) {
    text = normalizeForSearch([
      project.name, project.id, project.summary?.en ?? '', project.summary?.ru ?? '', project.upstreamDescription ?? '', project.category, project.subcategory,
      ...project.extraPlacements.flatMap((p) => [p.category, p.subcategory]),
      ...project.tags, ...project.highlights.flatMap((h) => [h.en, h.ru]),
    ].join('\n'))
    haystacks.set(project, text)
  }
  return text
}

export function searchTerms(query: string): string[] {
  return normalizeForSearch(query).split(/\s+/).filter(Boolean)
}

/** Every term must appear in the project's name, summary, tags, highlights or categories. */
export function matchesQuery(project: Project, terms: string[]): boolean {
  if (terms.length === 0) return true
  const text = haystackOf(project)
  return terms.every((term) => text.includes(term))
}

function matchesFacet(project: Project, facet: Facet, selected: readonly string[], user: UserDataIndex, health: HealthIndex): boolean {
  if (selected.length === 0) return true
  return facetValues(project, facet, user, health).some((value) => selected.includes(value))
}

/** Ids of the projects the latest refresh changed, for the `changed` filter. */
const NO_IDS: ReadonlySet<string> = new Set()

function matchesAll(project: Project, filters: ProjectFilters, terms: string[], user: UserDataIndex, changed: ReadonlySet<string>, health: HealthIndex, except?: Facet): boolean {
  if (filters.changed && !changed.has(project.id)) return false
  if (filters.starred && !user.starred.has(project.id)) return false
  if (filters.hasNote && !user.withNotes.has(project.id)) return false
  if (!matchesQuery(project, terms)) return false
  return FACETS.every((facet) => facet === except || matchesFacet(project, facet, filters[facet] ?? [], user, health))
}

export function filterProjects(projects: readonly Project[], filters: ProjectFilters, user: UserDataIndex = EMPTY_USER_DATA, changed: ReadonlySet<string> = NO_IDS, health: HealthIndex = EMPTY_HEALTH): Project[] {
  const terms = searchTerms(filters.query)
  return projects.filter((project) => matchesAll(project, filters, terms, user, changed, health))
}

export interface FacetOption {
  value: string
  count: number
}

/**
 * Options for each facet with how many projects each would show, given the search and every
 * other facet (the usual faceted-search rule, so choosing a value never zeroes its siblings).
 * Selected values stay listed even at zero so they can be unticked.
 */
export function facetOptions(projects: readonly Project[], filters: ProjectFilters, user: UserDataIndex = EMPTY_USER_DATA, changed: ReadonlySet<string> = NO_IDS, health: HealthIndex = EMPTY_HEALTH): Record<Facet, FacetOption[]> {
  const terms = searchTerms(filters.query)
  const result = {} as Record<Facet, FacetOption[]>
  for (const facet of FACETS) {
    const counts = new Map<string, number>()
    for (const project of projects) {
      const values = facetValues(project, facet, user, health)
      for (const value of values) if (!counts.has(value)) counts.set(value, 0)
      if (!matchesAll(project, filters, terms, user, changed, health, facet)) continue
      for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    for (const value of filters[facet] ?? []) if (!counts.has(value)) counts.set(value, 0)
    result[facet] = [...counts].map(([value, count]) => ({ value, count })).sort(facetOrder(facet))
  }
  return result
}

const MATURITY_ORDER: Record<string, number> = { sandbox: 0, incubating: 1, graduated: 2, archived: 3 }

function facetOrder(facet: Facet): (a: FacetOption, b: FacetOption) => number {
  if (isHealthFacet(facet)) return healthFacetOrder(facet)
  if (facet === 'maturity') return (a, b) => (MATURITY_ORDER[a.value] ?? 9) - (MATURITY_ORDER[b.value] ?? 9)
  if (facet === 'year') return (a, b) => b.value.localeCompare(a.value)
  if (facet === 'tags' || facet === 'userTags') return (a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { sensitivity: 'base' })
  return (a, b) => a.value.localeCompare(b.value, 'en')
}

export function maturityRank(maturity: Maturity): number {
  return MATURITY_ORDER[maturity]
}

export function hasActiveFilters(filters: ProjectFilters): boolean {
  return filters.query.trim() !== '' || filters.starred || filters.hasNote || filters.changed || FACETS.some((facet) => (filters[facet] ?? []).length > 0)
}

/** Toggles one facet value, returning new filters (the input is never mutated). */
export function toggleFacetValue(filters: ProjectFilters, facet: Facet, value: string): ProjectFilters {
  const current = filters[facet] as readonly string[]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { ...filters, [facet]: next }
}
