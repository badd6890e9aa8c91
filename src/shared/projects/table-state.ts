import { z } from 'zod'
import { Maturity } from '../dataset/schema'
import { readFields, type FieldsRead } from '../validation/fields'
import type { ProjectFilters } from './filter'

export interface SortEntry {
  id: string
  desc: boolean
}

/** The Projects table's filters, sort and columns: kept across restarts and carried in backups. */
export interface ProjectsTableState {
  filters: ProjectFilters
  sorting: SortEntry[]
  /** Column id → false when hidden; absent means shown. */
  columnVisibility: Record<string, boolean>
}

export const DEFAULT_SORTING: SortEntry[] = [{ id: 'name', desc: false }]

const Value = z.string().max(200)
const Values = z.array(Value).max(1_000)

/** Each filter on its own: one bad value is dropped without losing the others. */
const filterFields = {
  query: z.string().max(1_000),
  maturity: z.array(Maturity).max(10),
  category: Values,
  subcategory: Values,
  year: Values,
  tags: Values,
  lists: Values,
  userTags: Values,
  starred: z.boolean(),
  hasNote: z.boolean(),
  changed: z.boolean(),
} satisfies { [K in keyof ProjectFilters]: z.ZodType<ProjectFilters[K]> }

const Sorting = z.array(z.strictObject({ id: z.string().min(1).max(100), desc: z.boolean() })).max(20)
const ColumnVisibility = z.record(z.string().max(100), z.boolean())
  .refine((columns) => Object.keys(columns).length <= 200, 'too many columns')

export type StoredProjectsTableState = { filters?: Partial<ProjectFilters>; sorting?: SortEntry[]; columnVisibility?: Record<string, boolean> }

/**
 * Reads a stored or imported table state field by field: what is valid is kept, what is not
 * (a query that is a number, tags that are null, anything nested where a flag belongs) is named
 * in `ignored` and left out, so the table never renders from a value of the wrong shape.
 */
export function readProjectsTableState(raw: unknown, path = 'projectsTable'): FieldsRead<StoredProjectsTableState> {
  const top = readFields(raw, { filters: z.unknown(), sorting: Sorting, columnVisibility: ColumnVisibility }, path)
  const value: StoredProjectsTableState = {}
  const ignored = [...top.ignored]
  if ('filters' in top.value) {
    const filters = readFields(top.value.filters, filterFields, `${path}.filters`)
    value.filters = filters.value
    ignored.push(...filters.ignored)
  }
  if (top.value.sorting) value.sorting = top.value.sorting
  if (top.value.columnVisibility) value.columnVisibility = top.value.columnVisibility
  // Keep the order in which the fields were read, so messages list them as the file has them.
  const order = (name: string) => ['filters', 'sorting', 'columnVisibility'].findIndex((f) => name.startsWith(`${path}.${f}`))
  return { value, ignored: ignored.sort((a, b) => order(a) - order(b)) }
}
