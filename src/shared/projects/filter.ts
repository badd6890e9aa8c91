import type { Maturity, Project } from '../dataset/schema'
import { DATE_FIELDS, inBounds, isOpenRange, localToday, projectDate, resolveRange, type Bounds, type DateField, type DateRanges } from './dates'
import { russianPlacementNames } from '../glossary/glossary'
import { DEFAULT_EVALUATION_FILTERS, EMPTY_EVALUATION, hasEvaluationFilters, matchesEvaluation, type EvaluationFilters } from '../evaluation/filter'
import { EMPTY_HEALTH } from '../health/health-index'
import { EMPTY_USER_DATA, FACET_DEFINITIONS, FACETS, TOGGLE_DEFINITIONS, TOGGLES, type Facet, type FacetDefinition, type FacetOrder, type FilterContext, type Toggle } from './facets'

export { acceptedYear, EMPTY_USER_DATA, FACETS, TOGGLES } from './facets'
export type { Facet, FilterContext, Toggle, UserDataIndex } from './facets'

/** The values ticked in each facet; empty means no restriction. */
export type FacetSelections = { [F in Facet]: string[] }

/**
 * The table's filters: a search, facets ("any of these values"), date ranges, on/off filters, and
 * the evaluation's own (status changed lately, the user's fields: src/shared/evaluation).
 */
export interface ProjectFilters extends FacetSelections, Record<Toggle, boolean>, EvaluationFilters {
  query: string
  /** Per maturity date, the days it must fall between; a field without a range is not filtered. */
  dates: DateRanges
}

const NO_FACETS = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as FacetSelections
const NO_TOGGLES = Object.fromEntries(TOGGLES.map((t) => [t, false])) as Record<Toggle, boolean>

export const EMPTY_FILTERS: ProjectFilters = { query: '', ...NO_FACETS, dates: {}, ...NO_TOGGLES, ...DEFAULT_EVALUATION_FILTERS }

/** New users land on the Sandbox, the product's focus. */
export const DEFAULT_FILTERS: ProjectFilters = { ...EMPTY_FILTERS, maturity: ['sandbox'] }

const NO_IDS: ReadonlySet<string> = new Set()

/** A context for filtering with what the caller has; the rest empty, and today from the clock. */
export function filterContext(parts: Partial<FilterContext> = {}): FilterContext {
  return { user: parts.user ?? EMPTY_USER_DATA, changed: parts.changed ?? NO_IDS, today: parts.today ?? localToday(), health: parts.health ?? EMPTY_HEALTH }
}

// A project's values for the facets that read only the project, worked out once per project
// object (a refresh brings new objects), by facet index: counting facets over ten thousand
// projects per keystroke would otherwise rebuild them all each time.
const ownValues = new WeakMap<Project, (readonly string[] | undefined)[]>()
const DEFINITIONS: readonly FacetDefinition[] = FACETS.map((facet) => FACET_DEFINITIONS[facet])

function valuesAt(project: Project, index: number, context: FilterContext): readonly string[] {
  const definition = DEFINITIONS[index]
  if (definition.contextual) return definition.values(project, context)
  let cached = ownValues.get(project)
  if (!cached) ownValues.set(project, (cached = []))
  return (cached[index] ??= definition.values(project, context))
}

/** The values a project has for a facet. */
export function facetValues(project: Project, facet: Facet, context: FilterContext = filterContext()): readonly string[] {
  return valuesAt(project, FACETS.indexOf(facet), context)
}

// Every value each facet takes across a set of projects (what its menu lists, at zero when
// nothing matches), kept per projects array for the facets that read only the project.
const ownUniverse = new WeakMap<readonly Project[], Map<number, readonly string[]>>()

function universe(projects: readonly Project[], index: number, context: FilterContext): readonly string[] {
  const cache = DEFINITIONS[index].contextual ? undefined : (ownUniverse.get(projects) ?? new Map<number, readonly string[]>())
  const cached = cache?.get(index)
  if (cached) return cached
  const seen = new Set<string>()
  for (const project of projects) for (const value of valuesAt(project, index, context)) seen.add(value)
  const values = [...seen]
  if (cache) {
    cache.set(index, values)
    ownUniverse.set(projects, cache)
  }
  return values
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
      ...project.extraPlacements.flatMap((p) => [p.category, p.subcategory]), ...russianPlacementNames(project),
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
  /** The evaluation filters, when any is set. */
  evaluation?: EvaluationFilters
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
    evaluation: hasEvaluationFilters(filters) ? filters : undefined,
  }
}

/** Search, on/off filters and date ranges: everything but the facets. */
function matchesBase(project: Project, prepared: Prepared, context: FilterContext): boolean {
  if (!prepared.toggles.every((t) => TOGGLE_DEFINITIONS[t](project, context))) return false
  if (!prepared.ranges.every(([field, bounds]) => inBounds(projectDate(project, field), bounds))) return false
  if (prepared.evaluation && !matchesEvaluation(project.id, prepared.evaluation, context.user.evaluation ?? EMPTY_EVALUATION)) return false
  return matchesQuery(project, prepared.terms)
}

function matchesFacet(values: readonly string[], selected: readonly string[]): boolean {
  return selected.length === 0 || values.some((value) => selected.includes(value))
}

export function filterProjects(projects: readonly Project[], filters: ProjectFilters, context: FilterContext = filterContext()): Project[] {
  const prepared = prepare(filters, context)
  const active = prepared.facets.map((facet) => FACETS.indexOf(facet))
  return projects.filter((project) => matchesBase(project, prepared, context) &&
    active.every((i) => matchesFacet(valuesAt(project, i, context), filters[FACETS[i]])))
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
  const active = FACETS.flatMap((facet, i) => (filters[facet].length ? [i] : []))
  const counts = FACETS.map((_, i) => new Map(universe(projects, i, context).map((value) => [value, 0])))
  const count = (project: Project, i: number) => {
    const values = valuesAt(project, i, context)
    for (const value of values.length > 1 ? new Set(values) : values) counts[i].set(value, (counts[i].get(value) ?? 0) + 1)
  }
  for (const project of projects) {
    if (!matchesBase(project, prepared, context)) continue
    let failed = -1
    let failures = 0
    for (const i of active) {
      if (!matchesFacet(valuesAt(project, i, context), filters[FACETS[i]]) && ++failures === 1) failed = i
      if (failures > 1) break
    }
    if (failures > 1) continue
    if (failures === 1) count(project, failed)
    else for (let i = 0; i < FACETS.length; i++) count(project, i)
  }
  const result = {} as Record<Facet, FacetOption[]>
  FACETS.forEach((facet, i) => {
    for (const value of filters[facet]) if (!counts[i].has(value)) counts[i].set(value, 0)
    const { order } = DEFINITIONS[i]
    result[facet] = [...counts[i]].map(([value, n]) => ({ value, count: n })).sort(optionOrder(typeof order === 'function' ? order(context) : order))
  })
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
    DATE_FIELDS.some((field) => !isOpenRange(filters.dates[field])) || hasEvaluationFilters(filters)
}

/** Toggles one facet value, returning new filters (the input is never mutated). */
export function toggleFacetValue(filters: ProjectFilters, facet: Facet, value: string): ProjectFilters {
  const current = filters[facet]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { ...filters, [facet]: next }
}
