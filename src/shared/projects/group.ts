import { MATURITIES } from '../dataset/constants'
import type { TableProject } from './rows'
import { acceptedYear, statusOrder, type FilterContext } from './facets'

export interface GroupDefinition {
  /** The one group a project falls in ('' for none: no accepted date, say). */
  keyOf: (project: TableProject, context: FilterContext) => string
  /** Groups by name, newest first, or in a fixed order (or one the context gives: the user's statuses); the empty group always comes last. */
  order: GroupOrder | ((context: FilterContext) => readonly string[])
}

export type GroupOrder = 'name' | 'newest' | readonly string[]

/** A grouping's order for this context. */
export function groupOrder(definition: GroupDefinition, context: FilterContext): GroupOrder {
  return typeof definition.order === 'function' ? definition.order(context) : definition.order
}

/**
 * What the table and the cards can group by. A project belongs to one group (its main
 * placement), so the groups' counts add up to the rows shown. Its id is the link's `group=`.
 * Adding a grouping is adding an entry here (and its label in the UI).
 */
const grouping = (definition: GroupDefinition) => definition

export const GROUP_DEFINITIONS = {
  category: grouping({ keyOf: (p) => p.category, order: 'name' }),
  subcategory: grouping({ keyOf: (p) => p.subcategory, order: 'name' }),
  maturity: grouping({ keyOf: (p) => p.maturity, order: MATURITIES }),
  year: grouping({ keyOf: (p) => acceptedYear(p) ?? '', order: 'newest' }),
  status: grouping({ keyOf: (p, c) => c.user.evaluation?.statusOf.get(p.id) ?? '', order: statusOrder }),
}

export type GroupKey = keyof typeof GROUP_DEFINITIONS
export const GROUP_KEYS = Object.keys(GROUP_DEFINITIONS) as GroupKey[]

export function isGroupKey(value: string): value is GroupKey {
  return Object.hasOwn(GROUP_DEFINITIONS, value)
}

/** One line of a grouped list: a group's header, or an item inside an expanded group. */
export type GroupedItem<T> =
  | { kind: 'group'; key: string; count: number; collapsed: boolean }
  | { kind: 'item'; item: T; index: number }

function compareGroups(order: GroupOrder): (a: string, b: string) => number {
  const last = (a: string, b: string) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0)
  if (order === 'name') return (a, b) => last(a, b) || a.localeCompare(b, 'en')
  if (order === 'newest') return (a, b) => last(a, b) || b.localeCompare(a)
  const rank = (key: string) => { const i = order.indexOf(key); return i < 0 ? order.length : i }
  return (a, b) => last(a, b) || rank(a) - rank(b)
}

/**
 * Sorted items, in groups: each group's header (with its count), then its items in their sorted
 * order, unless the group is collapsed. `index` is the item's position in the input.
 */
export function groupItems<T>(items: readonly T[], keyOf: (item: T) => string, order: GroupOrder, collapsed: ReadonlySet<string>): GroupedItem<T>[] {
  const groups = new Map<string, number[]>()
  items.forEach((item, index) => {
    const key = keyOf(item)
    const members = groups.get(key)
    if (members) members.push(index)
    else groups.set(key, [index])
  })
  const out: GroupedItem<T>[] = []
  for (const key of [...groups.keys()].sort(compareGroups(order))) {
    const members = groups.get(key)!
    const isCollapsed = collapsed.has(key)
    out.push({ kind: 'group', key, count: members.length, collapsed: isCollapsed })
    if (!isCollapsed) for (const index of members) out.push({ kind: 'item', item: items[index], index })
  }
  return out
}
