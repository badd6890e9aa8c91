import { z } from 'zod'
import { readFields, type FieldsRead } from '../validation/fields'
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

const Value = z.string().max(200)
const Values = z.array(Value).max(1_000)

/** Version 1's filters, each on its own: one bad value is dropped without losing the others. */
const legacyFilterFields: Record<string, z.ZodType<string | boolean | string[]>> = {
  query: z.string().max(1_000),
  ...Object.fromEntries(FACETS.map((facet) => [facet, Values])),
  ...Object.fromEntries(TOGGLES.map((toggle) => [toggle, z.boolean()])),
}

const Sorting = z.array(z.strictObject({ id: z.string().min(1).max(100), desc: z.boolean() })).max(20)
const ColumnVisibility = z.record(z.string().max(100), z.boolean())
  .refine((columns) => Object.keys(columns).length <= 500, 'too many columns')
const ColumnSizing = z.record(z.string().max(100), z.number().finite().min(0).max(10_000))
  .refine((columns) => Object.keys(columns).length <= 500, 'too many columns')

/**
 * Reads a stored or imported table state field by field: what is valid is kept, what is not
 * (a query that is a number, tags that are null, anything nested where a flag belongs) is named
 * in `ignored` and left out, so the table never renders from a value of the wrong shape.
 */
export function readProjectsTableState(raw: unknown, path = 'projectsTable'): FieldsRead<StoredProjectsTableState> {
  const top = readFields(raw, {
    lastViewQuery: z.string().max(MAX_VIEW_QUERY_LENGTH), columnVisibility: ColumnVisibility, columnSizing: ColumnSizing,
    filters: z.unknown(), sorting: Sorting,
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
