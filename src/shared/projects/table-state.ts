import { aBoolean, anArray, anObject, anyValue, aNumber, aRecord, aString } from '../validation/checks'
import { readFields, type FieldCheck, type FieldsRead } from '../validation/fields'
import { FACETS, TOGGLES } from './facets'

/**
 * The Projects table's state as the app keeps it across restarts and carries it in backups: the
 * last view (its link's query: filters, sort, grouping, layout) and the columns shown and their
 * widths. Version 1 kept the filters and the sort themselves; they are still read, and turned
 * into a view's query by the store (ui-store.ts).
 */
export interface StoredProjectsTableState {
  lastViewQuery?: string
  /** Column id → false when hidden; absent means the column's default. */
  columnVisibility?: Record<string, boolean>
  /** Column id → width in pixels, for the columns the user resized. */
  columnSizing?: Record<string, number>
  /** Version 1: the filters (each read on its own) and the sort. */
  filters?: Partial<Record<string, string | boolean | string[]>>
  sorting?: { id: string; desc: boolean }[]
}

/** The longest view query kept: a link's query is bounded the same way (view-query.ts). */
export const MAX_VIEW_QUERY_LENGTH = 4000

// Read at start (the ui store), so checked without zod (validation/checks.ts).
const Values = anArray(aString(200), 1_000)

/** Version 1's filters, each on its own: one bad value is dropped without losing the others. */
const legacyFilterFields: Record<string, FieldCheck<string | boolean | string[]>> = {
  query: aString(1_000),
  ...Object.fromEntries(FACETS.map((facet) => [facet, Values])),
  ...Object.fromEntries(TOGGLES.map((toggle) => [toggle, aBoolean])),
}

const Sorting = anArray(anObject<{ id: string; desc: boolean }>({ id: aString(100, 1), desc: aBoolean }), 20)
const ColumnVisibility = aRecord(aBoolean, 100, 500)
const ColumnSizing = aRecord(aNumber(0, 10_000), 100, 500)

/**
 * Reads a stored or imported table state field by field: what is valid is kept, what is not
 * (a query that is a number, tags that are null, anything nested where a flag belongs) is named
 * in `ignored` and left out, so the table never renders from a value of the wrong shape.
 */
export function readProjectsTableState(raw: unknown, path = 'projectsTable'): FieldsRead<StoredProjectsTableState> {
  const top = readFields(raw, {
    lastViewQuery: aString(MAX_VIEW_QUERY_LENGTH), columnVisibility: ColumnVisibility, columnSizing: ColumnSizing,
    filters: anyValue, sorting: Sorting,
  }, path)
  const { filters: rawFilters, ...value } = top.value
  const result: StoredProjectsTableState = value
  const ignored = [...top.ignored]
  if ('filters' in top.value) {
    const filters = readFields(rawFilters, legacyFilterFields, `${path}.filters`)
    result.filters = filters.value
    ignored.push(...filters.ignored)
  }
  // In the order of the fields, so messages list them the same way whatever the file's order.
  const order = (name: string) => FIELD_ORDER.findIndex((field) => name.startsWith(`${path}.${field}`))
  return { value: result, ignored: ignored.sort((a, b) => order(a) - order(b)) }
}

const FIELD_ORDER = ['lastViewQuery', 'filters', 'sorting', 'columnVisibility', 'columnSizing'] as const
