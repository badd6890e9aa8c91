import { DATE_FIELDS, formatRange, isOpenRange, parseRange, type DateField, type DateRanges } from './dates'
import { ANNUAL_REVIEW_STATES, FACET_DEFINITIONS, FACETS, TOGGLES, type Facet, type Toggle } from './facets'
import { DEFAULT_FILTERS, EMPTY_FILTERS, type ProjectFilters } from './filter'
import { isGroupKey, type GroupKey } from './group'
import { fieldFilterText, parseFieldFilterText, type FieldFilter } from '../evaluation/fields'

export const LAYOUTS = ['table', 'cards'] as const
export type Layout = (typeof LAYOUTS)[number]

export interface SortEntry {
  id: string
  desc: boolean
}

/** What a Projects view shows, as a link carries it: filters, sort, grouping and layout. */
export interface ProjectsViewState {
  filters: ProjectFilters
  sorting: SortEntry[]
  /**
   * While a query is typed, the rows are ranked by relevance (ties by `sorting`) unless the user
   * picked a column to sort by; with no query this is always true, so the next query ranks again.
   */
  relevance: boolean
  groupBy?: GroupKey
  layout: Layout
}

export const DEFAULT_SORTING: SortEntry[] = [{ id: 'name', desc: false }]
export const DEFAULT_VIEW_STATE: ProjectsViewState = { filters: DEFAULT_FILTERS, sorting: DEFAULT_SORTING, relevance: true, layout: 'table' }

/** Whether a view's rows are ranked by relevance: a query is typed and the user has not picked a column instead. */
export function rankedByRelevance(state: Pick<ProjectsViewState, 'filters' | 'relevance'>): boolean {
  return state.relevance && state.filters.query.trim() !== ''
}

/** Link keys besides the facets (their ids), date fields (theirs) and on/off filters (theirs). */
const QUERY_KEY = 'q'
const SORT_KEY = 'sort'
/** `relevance=0`: a query is typed but the rows follow the sort (written only then). */
const RELEVANCE_KEY = 'relevance'
const GROUP_KEY = 'group'
const LAYOUT_KEY = 'layout'
/** The evaluation's filters: status changed in the last N days, and `field.<id>` per field of the user's. */
const STATUS_CHANGED_KEY = 'statusChanged'
const FIELD_PREFIX = 'field.'
const FIELD_ID = /^[A-Za-z0-9_-]{1,100}$/

/** Every key a link may carry, in the order links are written (field filters come after the toggles). */
export const LINK_KEYS: readonly string[] = [QUERY_KEY, ...FACETS, ...DATE_FIELDS, ...TOGGLES, STATUS_CHANGED_KEY, SORT_KEY, RELEVANCE_KEY, GROUP_KEY, LAYOUT_KEY]

/** Values a facet admits when it has a fixed set of them; any value otherwise. */
const KNOWN_VALUES: Partial<Record<Facet, (value: string) => boolean>> = {
  maturity: (v) => (FACET_DEFINITIONS.maturity.order as readonly string[]).includes(v),
  year: (v) => /^\d{4}$/.test(v),
  specification: (v) => v === 'yes' || v === 'no',
  audit: (v) => v === 'yes' || v === 'no',
  annualReview: (v) => (ANNUAL_REVIEW_STATES as readonly string[]).includes(v),
  clomonitorRating: (v) => (FACET_DEFINITIONS.clomonitorRating.order as readonly string[]).includes(v),
  badgeLevel: (v) => (FACET_DEFINITIONS.badgeLevel.order as readonly string[]).includes(v),
  trend: (v) => (FACET_DEFINITIONS.trend.order as readonly string[]).includes(v),
  // A check CLOMonitor adds later is still a check: any id of its shape.
  failsCheck: (v) => /^[a-z][a-z0-9_]{0,39}$/.test(v),
}

/** Bounds on what a link may make us read: it is text from anywhere. */
const LIMITS = { params: 60, valueLength: 2000, values: 100, itemLength: 200, query: 200, sortKeys: 5, fields: 20, days: 3650 }

// A comma separates list items; one inside a value (a user tag may have one) is written %2C.
const escapeItem = (value: string) => value.replaceAll('%', '%25').replaceAll(',', '%2C')
const unescapeItem = (value: string) => value.replace(/%(25|2C)/gi, (m) => (m === '%25' ? '%' : ','))

function listItems(raw: string): string[] {
  return raw.split(',').map((item) => unescapeItem(item).trim()).filter(Boolean)
}

export interface ParsedViewQuery {
  state: ProjectsViewState
  /** What the link had that was not understood and left out, as "key=value", for a notice. */
  ignored: string[]
}

export interface ParseOptions {
  /** The column ids the table can sort by (a set, or anything that answers `has`). */
  sortable: { has: (id: string) => boolean }
}

const TRUE_VALUES = new Set(['1', 'true', 'yes', 'on'])
const shown = (key: string, value: string) => `${key}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}`

/**
 * Reads a Projects link's query. Forgiving: a key or value it does not know is left out and
 * listed in `ignored`, never an error; what it does know is read strictly (a date is a date). A
 * link says everything about the view: a facet it does not name is not filtered.
 */
export function parseViewQuery(query: URLSearchParams, options: ParseOptions): ParsedViewQuery {
  const ignored: string[] = []
  const filters: ProjectFilters = { ...EMPTY_FILTERS, dates: {} }
  const facets = new Map<Facet, Set<string>>()
  const dates: DateRanges = {}
  let sorting: SortEntry[] | undefined
  let relevance = true
  let groupBy: GroupKey | undefined
  let layout: Layout = 'table'
  const fields: Record<string, FieldFilter> = {}
  let count = 0
  for (const [key, value] of query) {
    if (++count > LIMITS.params) {
      ignored.push(`+${[...query.keys()].length - LIMITS.params}`)
      break
    }
    if (value.length > LIMITS.valueLength) {
      ignored.push(shown(key, value))
      continue
    }
    if (key === QUERY_KEY) {
      filters.query = value.slice(0, LIMITS.query)
      if (value.length > LIMITS.query) ignored.push(shown(key, value.slice(LIMITS.query)))
    } else if ((FACETS as readonly string[]).includes(key)) {
      const facet = key as Facet
      const known = KNOWN_VALUES[facet]
      const values = facets.get(facet) ?? new Set<string>()
      for (const item of listItems(value)) {
        if (item.length > LIMITS.itemLength || (known && !known(item)) || values.size >= LIMITS.values) ignored.push(shown(key, item))
        else values.add(item)
      }
      facets.set(facet, values)
    } else if ((DATE_FIELDS as readonly string[]).includes(key)) {
      const range = parseRange(value)
      if (range) dates[key as DateField] = range
      else ignored.push(shown(key, value))
    } else if ((TOGGLES as readonly string[]).includes(key)) {
      if (TRUE_VALUES.has(value.toLowerCase())) filters[key as Toggle] = true
      else if (value !== '0' && value.toLowerCase() !== 'false') ignored.push(shown(key, value))
    } else if (key === STATUS_CHANGED_KEY) {
      const days = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN
      if (days >= 1 && days <= LIMITS.days) filters.statusChangedDays = days
      else ignored.push(shown(key, value))
    } else if (key.startsWith(FIELD_PREFIX)) {
      const id = key.slice(FIELD_PREFIX.length)
      const filter = FIELD_ID.test(id) && Object.keys(fields).length < LIMITS.fields ? parseFieldFilterText(value) : undefined
      if (filter) fields[id] = filter
      else ignored.push(shown(key, value))
    } else if (key === SORT_KEY) {
      sorting = []
      for (const item of listItems(value)) {
        const desc = item.startsWith('-')
        const id = desc ? item.slice(1) : item
        if (options.sortable.has(id) && !sorting.some((s) => s.id === id) && sorting.length < LIMITS.sortKeys) sorting.push({ id, desc })
        else ignored.push(shown(key, item))
      }
    } else if (key === RELEVANCE_KEY) {
      if (TRUE_VALUES.has(value.toLowerCase())) relevance = true
      else if (value === '0' || value.toLowerCase() === 'false') relevance = false
      else ignored.push(shown(key, value))
    } else if (key === GROUP_KEY) {
      if (isGroupKey(value)) groupBy = value
      else if (value !== '') ignored.push(shown(key, value))
    } else if (key === LAYOUT_KEY) {
      if ((LAYOUTS as readonly string[]).includes(value)) layout = value as Layout
      else ignored.push(shown(key, value))
    } else {
      ignored.push(shown(key, value))
    }
  }
  for (const [facet, values] of facets) filters[facet] = [...values]
  filters.dates = dates
  filters.fields = fields
  // Without a query there is nothing to rank: the next query ranks again.
  if (filters.query.trim() === '') relevance = true
  return { state: { filters, sorting: sorting?.length ? sorting : DEFAULT_SORTING, relevance, groupBy, layout }, ignored }
}

/**
 * Writes a view as a link's query, keys in a fixed order, so one view has one link (saved views
 * and "is this the saved view?" compare these). The sort is always written: a link with a query
 * always describes a view, and a bare `#/projects` means "the one you had".
 */
export function serializeViewQuery(state: ProjectsViewState): URLSearchParams {
  const query = new URLSearchParams()
  const { filters } = state
  if (filters.query !== '') query.set(QUERY_KEY, filters.query)
  for (const facet of FACETS) if (filters[facet].length) query.set(facet, filters[facet].map(escapeItem).join(','))
  for (const field of DATE_FIELDS) {
    const range = filters.dates[field]
    if (range && !isOpenRange(range)) query.set(field, formatRange(range))
  }
  for (const toggle of TOGGLES) if (filters[toggle]) query.set(toggle, '1')
  if (typeof filters.statusChangedDays === 'number') query.set(STATUS_CHANGED_KEY, String(filters.statusChangedDays))
  for (const id of Object.keys(filters.fields ?? {}).sort()) {
    const text = FIELD_ID.test(id) ? fieldFilterText(filters.fields[id]) : undefined
    if (text) query.set(`${FIELD_PREFIX}${id}`, text)
  }
  query.set(SORT_KEY, (state.sorting.length ? state.sorting : DEFAULT_SORTING).map((s) => `${s.desc ? '-' : ''}${escapeItem(s.id)}`).join(','))
  if (filters.query.trim() !== '' && !state.relevance) query.set(RELEVANCE_KEY, '0')
  if (state.groupBy) query.set(GROUP_KEY, state.groupBy)
  if (state.layout !== 'table') query.set(LAYOUT_KEY, state.layout)
  return query
}

/** The canonical text of a view (what its link's query reads), for storing and comparing. */
export function viewQueryText(state: ProjectsViewState): string {
  return serializeViewQuery(state).toString()
}


const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

/**
 * `next`, with the parts equal to `previous`'s taken from `previous` (the same objects): a view is
 * read anew from its address on every change, and parts that keep their identity let the
 * controls that show them skip re-rendering while the search is typed.
 */
export function keepUnchanged(previous: ProjectsViewState | undefined, next: ProjectsViewState): ProjectsViewState {
  if (!previous) return next
  const filters = Object.fromEntries(Object.entries(next.filters).map(([key, value]) => {
    const before = (previous.filters as unknown as Record<string, unknown>)[key]
    return [key, same(before, value) ? before : value]
  })) as unknown as ProjectFilters
  return {
    ...next,
    filters: same(previous.filters, filters) ? previous.filters : filters,
    sorting: same(previous.sorting, next.sorting) ? previous.sorting : next.sorting,
  }
}
