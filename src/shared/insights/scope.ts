import type { Project } from '../dataset/schema'
import { EMPTY_FILTERS, FACETS, filterContext, filterProjects, type Facet, type ProjectFilters, type UserDataIndex } from '../projects/filter'

/**
 * Which projects the charts count: every CNCF project, those that entered through the Sandbox
 * (the product's focus, and the default), the user's starred projects, or one of their lists.
 */
export type InsightsScope =
  | { kind: 'sandbox' }
  | { kind: 'all' }
  | { kind: 'starred' }
  | { kind: 'list'; listId: string }

export { DEFAULT_SCOPE } from './scope-text'

/** What a bar, segment or row counts, in the Projects table's own facet terms. */
export type Selection = Partial<Pick<ProjectFilters, Facet>>

/** The table filters that hold exactly a scope's projects. */
export function scopeFilters(scope: InsightsScope): Partial<ProjectFilters> {
  switch (scope.kind) {
    case 'all': return {}
    case 'sandbox': return { entry: ['sandbox'] }
    case 'starred': return { starred: true }
    case 'list': return { lists: [scope.listId] }
  }
}

/** The projects in a scope: the ones the table shows with the scope's filters and nothing else. */
export function projectsInScope(projects: readonly Project[], scope: InsightsScope, user: UserDataIndex): Project[] {
  return filterProjects(projects, { ...EMPTY_FILTERS, ...scopeFilters(scope) }, filterContext({ user }))
}

/**
 * The Projects table's filters that show what a chart element counts: the scope's filters and
 * the element's selection (a facet both name keeps the values both allow), no search, nothing
 * else. Every chart click goes through here, so the table's address is built in one place.
 */
export function projectsTarget(scope: InsightsScope, selection: Selection): ProjectFilters {
  const target: ProjectFilters = { ...EMPTY_FILTERS, ...scopeFilters(scope) }
  for (const facet of FACETS) {
    const chosen = selection[facet]
    if (!chosen) continue
    const current = target[facet] as readonly string[]
    ;(target as unknown as Record<Facet, string[]>)[facet] = current.length > 0 ? current.filter((value) => chosen.includes(value as never)) : [...chosen]
  }
  return target
}

