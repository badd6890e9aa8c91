import { useDeferredValue, useMemo } from 'react'
import type { Project } from '../../../shared/dataset/schema'
import { EMPTY_EVALUATION } from '../../../shared/evaluation/filter'
import { EMPTY_HEALTH } from '../../../shared/health/health-index'
import { EMPTY_USER_DATA, facetOptions, filterContext, filterProjects, hasActiveFilters, type ProjectFilters, type UserDataIndex } from '../../../shared/projects/filter'
import { localToday } from '../../../shared/projects/dates'
import { useEvaluationIndex } from '../../db/evaluation'
import { useHealthIndex } from '../../db/health'
import { useProjects } from '../../db/hooks'
import { useChangedSinceRefresh } from '../../db/refresh'
import { useLists, useUserDataIndex } from '../../db/user-data'

const NO_PROJECTS: Project[] = []
const NO_IDS: ReadonlySet<string> = new Set()

/**
 * Filters applied to the cache: what the Projects view shows (its address's filters) and the
 * Board too (the last Projects view's). Facet counts, the user's data, the health figures and the day come along.
 */
export function useFilteredProjects(filters: ProjectFilters) {
  const projects = useProjects()
  const userIndex = useUserDataIndex() ?? EMPTY_USER_DATA
  const evaluation = useEvaluationIndex() ?? EMPTY_EVALUATION
  const userData = useMemo<UserDataIndex>(() => ({ ...userIndex, evaluation }), [userIndex, evaluation])
  const changed = useChangedSinceRefresh() ?? NO_IDS
  const health = useHealthIndex() ?? EMPTY_HEALTH
  const lists = useLists()
  const all = projects ?? NO_PROJECTS
  // One day for the whole view: durations and moving date ranges agree with each other.
  const today = useMemo(() => localToday(), [])
  const context = useMemo(() => filterContext({ user: userData, changed, today, health }), [userData, changed, today, health])
  // The filters are read anew on every change (a sort, say): they keep their identity while
  // their content does, so the rows are not filtered again for nothing.
  const filtersKey = JSON.stringify(filters)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stable = useMemo(() => filters, [filtersKey])
  // Typing stays instant on large catalogues: the rows follow the filters at low priority.
  const deferred = useDeferredValue(stable)
  const visible = useMemo(() => filterProjects(all, deferred, context), [all, deferred, context])
  const facets = useMemo(() => facetOptions(all, deferred, context), [all, deferred, context])
  const listNames = useMemo(() => new Map((lists ?? []).map((l) => [l.id, l.name])), [lists])
  return {
    projects,
    all,
    visible,
    facets,
    userData,
    evaluation,
    changed,
    health,
    context,
    today,
    /** List id → name, for the "My lists" facet. */
    listNames,
    filtersActive: hasActiveFilters(stable),
    /** True while the rows still show the previous filters. */
    stale: deferred !== stable,
  }
}
