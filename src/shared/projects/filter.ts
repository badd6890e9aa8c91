import type { Maturity, Project } from '../dataset/schema'
import { DATE_FIELDS, inBounds, isOpenRange, localToday, projectDate, resolveRange, type Bounds, type DateField, type DateRanges } from './dates'
import { EMPTY_USER_DATA, FACET_DEFINITIONS, FACETS, TOGGLE_DEFINITIONS, TOGGLES, type Facet, type FacetDefinition, type FacetOrder, type FilterContext, type Toggle } from './facets'

export { acceptedYear, EMPTY_USER_DATA, FACETS, TOGGLES } from './facets'
export type { Facet, FilterContext, Toggle, UserDataIndex } from './facets'

/** The values ticked in each facet; empty means no restriction. */
export type FacetSelections = { [F in Facet]: string[] }

/** The table's filters: a search, facets ("any of these values"), date ranges and on/off filters. */
export interface ProjectFilters extends FacetSelections, Record<Toggle, boolean> {
  query: string
  /** Per maturity date, the days it must fall between; a field without a range is not filtered. */
  dates: DateRanges
}

const NO_FACETS = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as FacetSelections
const NO_TOGGLES = Object.fromEntries(TOGGLES.map((t) => [t, false])) as Record<Toggle, boolean>

export const EMPTY_FILTERS: ProjectFilters = { query: '', ...NO_FACETS, dates: {}, ...NO_TOGGLES }

/** New users land on the Sandbox, the product's focus. */
export const DEFAULT_FILTERS: ProjectFilters = { ...EMPTY_FILTERS, maturity: ['sandbox'] }

const NO_IDS: ReadonlySet<string> = new Set()

/** A context for filtering with what the caller has; the rest empty, and today from the clock. */
export function filterContext(parts: Partial<FilterContext> = {}): FilterContext {
  return { user: parts.user ?? EMPTY_USER_DATA, changed: parts.changed ?? NO_IDS, today: parts.today ?? localToday() }
}

// A project's values for the facets that read only the project, worked out once per project
// object (a refresh brings new objects): counting facets over ten thousand projects per
// keystroke would otherwise rebuild them all each time.
const ownValues = new WeakMap<Project, Partial<Record<Facet, readonly string[]>>>()

/** The values a project has for a facet. */
export function facetValues(project: Project, facet: Facet, context: FilterContext = filterContext()): readonly string[] {
  const definition: FacetDefinition = FACET_DEFINITIONS[facet]
  if (definition.contextual) return definition.values(project, context)
  let cached = ownValues.get(project)
  if (!cached) ownValues.set(project, (cached = {}))
  return (cached[facet] ??= definition.values(project, context))
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

/** What a filter set needs, worked out once per run rather than once per project. */
interface Prepared {
  terms: string[]
  toggles: Toggle[]
  ranges: [DateField, Bounds][]
  facets: Facet[]
}

function prepare(filters: ProjectFilters, context: FilterContext): Prepared {
  return {
    terms: searchTerms(filters.query),
    toggles: TOGGLES.filter((t) => filters[t]),
    ranges: DATE_FIELDS.flatMap((field) => {
      const range = filters.dates[field]
      return range && !isOpenRange(range) ? [[field, resolveRange(range, context.today)] as [DateField, Bounds]] : []
    }),
    facets: FACETS.filter((f) => filters[f].length > 0),
  }
}

/** Search, on/off filters and date ranges: everything but the facets. */
function matchesBase(project: Project, prepared: Prepared, context: FilterContext): boolean {
  if (!prepared.toggles.every((t) => TOGGLE_DEFINITIONS[t](project, context))) return false
  if (!prepared.ranges.every(([field, bounds]) => inBounds(projectDate(project, field), bounds))) return false
  return matchesQuery(project, prepared.terms)
}

function matchesFacet(values: readonly string[], selected: readonly string[]): boolean {
  return selected.length === 0 || values.some((value) => selected.includes(value))
}

export function filterProjects(projects: readonly Project[], filters: ProjectFilters, context: FilterContext = filterContext()): Project[] {
  const prepared = prepare(filters, context)
  return projects.filter((project) => matchesBase(project, prepared, context) &&
    prepared.facets.every((facet) => matchesFacet(facetValues(project, facet, context), filters[facet])))
}

export interface FacetOption {
  value: string
  count: number
}

/**
 * Options for each facet with how many projects each would show, given the search and every
 * other filter (the usual faceted-search rule, so choosing a value never zeroes its siblings).
 * Selected values stay listed even at zero so they can be unticked. One pass over the projects:
 * a project failing two facets counts nowhere, failing one counts only in that one.
 */
export function facetOptions(projects: readonly Project[], filters: ProjectFilters, context: FilterContext = filterContext()): Record<Facet, FacetOption[]> {
  const prepared = prepare(filters, context)
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>
  for (const project of projects) {
    const values = FACETS.map((facet) => facetValues(project, facet, context))
    FACETS.forEach((facet, i) => { for (const value of values[i]) if (!counts[facet].has(value)) counts[facet].set(value, 0) })
    if (!matchesBase(project, prepared, context)) continue
    let failed: number | undefined
    let failures = 0
    for (let i = 0; i < FACETS.length && failures < 2; i++) {
      if (!matchesFacet(values[i], filters[FACETS[i]])) { failures++; failed = i }
    }
    if (failures > 1) continue
    FACETS.forEach((facet, i) => {
      if (failures === 1 && failed !== i) return
      const own = values[i]
      for (const value of own.length > 1 ? new Set(own) : own) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1)
    })
  }
  const result = {} as Record<Facet, FacetOption[]>
  for (const facet of FACETS) {
    for (const value of filters[facet]) if (!counts[facet].has(value)) counts[facet].set(value, 0)
    result[facet] = [...counts[facet]].map(([value, count]) => ({ value, count })).sort(optionOrder(FACET_DEFINITIONS[facet].order))
  }
  return result
}

function optionOrder(order: FacetOrder): (a: FacetOption, b: FacetOption) => number {
  if (order === 'newest') return (a, b) => b.value.localeCompare(a.value)
  if (order === 'count') return (a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en', { sensitivity: 'base' })
  if (order === 'name') return (a, b) => a.value.localeCompare(b.value, 'en')
  const rank = (value: string) => { const i = order.indexOf(value); return i < 0 ? order.length : i }
  return (a, b) => rank(a.value) - rank(b.value)
}

const MATURITY_ORDER: Record<Maturity, number> = { sandbox: 0, incubating: 1, graduated: 2, archived: 3 }

export function maturityRank(maturity: Maturity): number {
  return MATURITY_ORDER[maturity]
}

export function hasActiveFilters(filters: ProjectFilters): boolean {
  return filters.query.trim() !== '' || TOGGLES.some((t) => filters[t]) || FACETS.some((facet) => filters[facet].length > 0) ||
    DATE_FIELDS.some((field) => !isOpenRange(filters.dates[field]))
}

/** Toggles one facet value, returning new filters (the input is never mutated). */
export function toggleFacetValue(filters: ProjectFilters, facet: Facet, value: string): ProjectFilters {
  const current = filters[facet]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { ...filters, [facet]: next }
}
