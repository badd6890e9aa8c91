import type { Project } from '../dataset/schema'
import { facetValues } from '../projects/filter'
import type { Selection } from './scope'

export type CategoryLevel = 'category' | 'subcategory'

export interface CategoryBar {
  /** The category or subcategory name, as the table's facet knows it. */
  name: string
  /** For a subcategory: the categories it is placed under, most members first. */
  categories: string[]
  ids: string[]
  selection: Selection
}

/**
 * Categories: the projects in the Sandbox today, per category or per subcategory of the
 * landscape. A project listed in more than one place counts under each (the table's Category and
 * Subcategory filters find it under each too), so the bars can add up to more than the projects;
 * `total` says how many projects there are. Largest first, ties by name.
 */
export function sandboxCategories(projects: readonly Project[], level: CategoryLevel): { bars: CategoryBar[]; total: number } {
  const sandbox = projects.filter((p) => p.maturity === 'sandbox')
  const members = new Map<string, { ids: Set<string>; categories: Map<string, number> }>()
  for (const project of sandbox) {
    const placements = [{ category: project.category, subcategory: project.subcategory }, ...project.extraPlacements]
    for (const name of new Set(facetValues(project, level))) {
      const entry = members.get(name) ?? { ids: new Set<string>(), categories: new Map<string, number>() }
      entry.ids.add(project.id)
      for (const placement of placements) {
        if (level === 'subcategory' && placement.subcategory === name) entry.categories.set(placement.category, (entry.categories.get(placement.category) ?? 0) + 1)
      }
      members.set(name, entry)
    }
  }
  const bars = [...members].map(([name, { ids, categories }]) => ({
    name,
    categories: [...categories].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'en')).map(([c]) => c),
    ids: [...ids],
    selection: { maturity: ['sandbox'], [level]: [name] } as Selection,
  }))
  bars.sort((a, b) => b.ids.length - a.ids.length || a.name.localeCompare(b.name, 'en'))
  return { bars, total: sandbox.length }
}
