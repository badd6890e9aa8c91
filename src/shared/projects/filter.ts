import type { Maturity } from '../dataset/schema'
import { DATE_FIELDS, inBounds, isOpenRange, projectDate, resolveRange, type Bounds, type DateField, type DateRanges } from './dates'
import { DEFAULT_EVALUATION_FILTERS, EMPTY_EVALUATION, hasEvaluationFilters, matchesEvaluation, type EvaluationFilters } from '../evaluation/filter'
import { FACET_DEFINITIONS, FACETS, filterContext, TOGGLE_DEFINITIONS, TOGGLES, type Facet, type FacetDefinition, type FacetOrder, type FilterContext, type Toggle } from './facets'
import { columnOf } from './facet-columns'
import { searchHits } from './project-search'
import type { TableProject } from './rows'

export { acceptedYear, EMPTY_USER_DATA, FACETS, filterContext, TOGGLES } from './facets'
export { attachFacetColumns, projectFacetColumns, type FacetColumn } from './facet-columns'
export { attachSearchIndex, attachSearchSource, searchHits } from './project-search'
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

// A project's values for the facets that read only the project, worked out once per project
// object (a refresh brings new objects), by facet index.
const ownValues = new WeakMap<TableProject, (readonly string[] | undefined)[]>()
const DEFINITIONS: readonly FacetDefinition[] = FACETS.map((facet) => FACET_DEFINITIONS[facet])

function valuesAt(project: TableProject, index: number, context: FilterContext): readonly string[] {
  const definition = DEFINITIONS[index]
  if (definition.reads) return definition.values(project, context)
  let cached = ownValues.get(project)
  if (!cached) ownValues.set(project, (cached = []))
  return (cached[index] ??= definition.values(project, context))
}

/** The values a project has for a facet. */
export function facetValues(project: TableProject, facet: Facet, context: FilterContext = filterContext()): readonly string[] {
  return valuesAt(project, FACETS.indexOf(facet), context)
}

/** Lower case, no diacritics, ё as е: how facet values and notes are compared with what is typed. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ё/g, 'е')
}

/** What a filter set needs, worked out once per run rather than once per project. */
interface Prepared {
  toggles: Toggle[]
  ranges: [DateField, Bounds][]
  /** The evaluation filters, when any is set. */
  evaluation?: EvaluationFilters
}

function prepare(filters: ProjectFilters, context: FilterContext): Prepared {
  return {
    toggles: TOGGLES.filter((t) => filters[t]),
    ranges: DATE_FIELDS.flatMap((field) => {
      const range = filters.dates[field]
      return range && !isOpenRange(range) ? [[field, resolveRange(range, context.today)] as [DateField, Bounds]] : []
    }),
    evaluation: hasEvaluationFilters(filters) ? filters : undefined,
  }
}

/** On/off filters, date ranges and the evaluation's filters: everything but the search and the facets. */
function matchesBase(project: TableProject, prepared: Prepared, context: FilterContext): boolean {
  if (!prepared.toggles.every((t) => TOGGLE_DEFINITIONS[t](project, context))) return false
  if (!prepared.ranges.every(([field, bounds]) => inBounds(projectDate(project, field), bounds))) return false
  return !prepared.evaluation || matchesEvaluation(project.id, prepared.evaluation, context.user.evaluation ?? EMPTY_EVALUATION)
}

export interface FacetOption {
  value: string
  count: number
}

export interface FilterOutcome<P> {
  /** The projects that pass every filter, in the order given. */
  visible: P[]
  /** 1 where the project at that position of the list given passes every filter. */
  pass: Uint8Array
  /** The search's rank of the project at each position (lower first, -1 for no match), while a query is typed. */
  ranks?: Int32Array
  /**
   * Options for each facet with how many projects each would show, given the search and every
   * other filter (the usual faceted-search rule, so choosing a value never zeroes its siblings).
   * Selected values stay listed even at zero so they can be unticked. Each facet's are counted
   * when first read.
   */
  facets: Record<Facet, FacetOption[]>
  /** The facets with anything to choose from (values among the projects, or ticked ones), without counting. */
  facetsWithOptions: ReadonlySet<Facet>
}

/** Marks a project that fails the search or a filter other than a facet: it counts nowhere. */
const EXCLUDED = 255

/**
 * The table's filters and facet counts: a project failing two facets counts nowhere, failing one
 * counts only in that one, failing none in every facet. Facet values are read as numbers (see
 * FacetColumn), so a keystroke costs a few passes over typed arrays.
 */
export function filterAndCount<P extends TableProject>(projects: readonly P[], filters: ProjectFilters, context: FilterContext = filterContext()): FilterOutcome<P> {
  const n = projects.length
  const prepared = prepare(filters, context)
  const hits = searchHits(projects, filters.query, context)
  // Per project: how many facets it fails (EXCLUDED when the rest fails), and the one it fails.
  const failures = new Uint8Array(n)
  const failed = new Uint8Array(n)
  const restricts = prepared.toggles.length > 0 || prepared.ranges.length > 0 || prepared.evaluation !== undefined
  for (let i = 0; i < n; i++) {
    if ((hits && hits.ranks[i] < 0) || (restricts && !matchesBase(projects[i], prepared, context))) failures[i] = EXCLUDED
  }
  FACETS.forEach((facet, f) => {
    const selected = filters[facet]
    if (selected.length === 0) return
    const column = columnOf(projects, f, context)
    const allowed = new Uint8Array(column.values.length)
    column.values.forEach((value, code) => { if (selected.includes(value)) allowed[code] = 1 })
    const { codes, offsets } = column
    for (let i = 0; i < n; i++) {
      if (failures[i] === EXCLUDED) continue
      let ok = false
      if (offsets) for (let k = offsets[i]; k < offsets[i + 1] && !ok; k++) ok = allowed[codes[k]] === 1
      else ok = codes[i] >= 0 && allowed[codes[i]] === 1
      if (ok) continue
      if (failures[i] < 2) failures[i]++
      failed[i] = f
    }
  })

  const visible: P[] = []
  const pass = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    if (failures[i] !== 0) continue
    visible.push(projects[i])
    pass[i] = 1
  }
  const facetsWithOptions = new Set(FACETS.filter((facet, f) => filters[facet].length > 0 || columnOf(projects, f, context).values.length > 0))
  const outcome: FilterOutcome<P> = { visible, pass, ...(hits ? { ranks: hits.ranks } : {}), facets: {} as Record<Facet, FacetOption[]>, facetsWithOptions }
  // Each facet's counts are made when first read: only an open facet list shows them, so a
  // keystroke with every list closed counts nothing (one pass over the rows per facet read).
  for (const [f, facet] of FACETS.entries()) {
    let counted: FacetOption[] | undefined
    Object.defineProperty(outcome.facets, facet, {
      enumerable: true,
      get: () => (counted ??= countFacet(projects, f, filters[facet], failures, failed, context)),
    })
  }
  return outcome
}

/** A facet's options with how many projects each would show (see FilterOutcome.facets). */
function countFacet(projects: readonly TableProject[], f: number, selected: readonly string[], failures: Uint8Array, failed: Uint8Array, context: FilterContext): FacetOption[] {
  const column = columnOf(projects, f, context)
  const counts = new Int32Array(column.values.length)
  const { codes, offsets } = column
  for (let i = 0; i < projects.length; i++) {
    const miss = failures[i]
    if (miss !== 0 && (miss !== 1 || failed[i] !== f)) continue
    if (offsets) for (let k = offsets[i]; k < offsets[i + 1]; k++) counts[codes[k]]++
    else if (codes[i] >= 0) counts[codes[i]]++
  }
  const options = column.values.map((value, code) => ({ value, count: counts[code] }))
  for (const value of selected) if (!column.values.includes(value)) options.push({ value, count: 0 })
  const { order } = DEFINITIONS[f]
  return options.sort(optionOrder(typeof order === 'function' ? order(context) : order))
}

export function filterProjects<P extends TableProject>(projects: readonly P[], filters: ProjectFilters, context: FilterContext = filterContext()): P[] {
  return filterAndCount(projects, filters, context).visible
}

/** Each facet's options with their counts (see FilterOutcome.facets). */
export function facetOptions(projects: readonly TableProject[], filters: ProjectFilters, context: FilterContext = filterContext()): Record<Facet, FacetOption[]> {
  return filterAndCount(projects, filters, context).facets
}

/**
 * `options` in the order a list showed them when it opened (`opened`: each value's place then);
 * values that came since follow, in their own order. An open list then keeps still while its
 * counts change with each keystroke: no row moves under the pointer (and none is moved in the page).
 */
export function inOpenedOrder(options: readonly FacetOption[], opened: ReadonlyMap<string, number>): FacetOption[] {
  const place = (option: FacetOption) => opened.get(option.value) ?? opened.size
  // A stable sort: the newcomers, all at opened.size, keep their order.
  return [...options].sort((a, b) => place(a) - place(b))
}

/** Each value's place in `options`, for inOpenedOrder. */
export function openedOrder(options: readonly FacetOption[]): ReadonlyMap<string, number> {
  return new Map(options.map((option, i) => [option.value, i]))
}

// Made once: a collator per comparison would cost more than the counting on every keystroke.
const byName = new Intl.Collator('en').compare
const byNameIgnoringCase = new Intl.Collator('en', { sensitivity: 'base' }).compare

function optionOrder(order: FacetOrder): (a: FacetOption, b: FacetOption) => number {
  if (order === 'newest') return (a, b) => byName(b.value, a.value)
  if (order === 'count') return (a, b) => b.count - a.count || byNameIgnoringCase(a.value, b.value)
  if (order === 'name') return (a, b) => byName(a.value, b.value)
  const rank = (value: string) => { const i = order.indexOf(value); return i < 0 ? order.length : i }
  return (a, b) => rank(a.value) - rank(b.value)
}

const MATURITY_ORDER: Record<Maturity, number> = { sandbox: 0, incubating: 1, graduated: 2, archived: 3 }

export function maturityRank(maturity: Maturity): number {
  return MATURITY_ORDER[maturity]
}

export function hasActiveFilters(filters: ProjectFilters): boolean {
  return filters.query.trim() !== '' || TOGGLES.some((t) => filters[t]) || hasValueFilters(filters) || hasEvaluationFilters(filters)
}

/** Whether a facet value or a date range is chosen: the filters shown as removable chips. */
export function hasValueFilters(filters: ProjectFilters): boolean {
  return FACETS.some((facet) => filters[facet].length > 0) || DATE_FIELDS.some((field) => !isOpenRange(filters.dates[field]))
}

/** Toggles one facet value, returning new filters (the input is never mutated). */
export function toggleFacetValue(filters: ProjectFilters, facet: Facet, value: string): ProjectFilters {
  const current = filters[facet]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return { ...filters, [facet]: next }
}
