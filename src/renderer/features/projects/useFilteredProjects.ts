import { useDeferredValue, useMemo } from 'react'
import type { Project } from '../../../shared/dataset/schema'
import { EMPTY_EVALUATION } from '../../../shared/evaluation/filter'
import { EMPTY_USER_DATA, facetOptions, filterProjects, hasActiveFilters, type UserDataIndex } from '../../../shared/projects/filter'
import { useEvaluationIndex } from '../../db/evaluation'
import { useProjects } from '../../db/hooks'
import { useChangedSinceRefresh } from '../../db/refresh'
import { useLists, useUserDataIndex } from '../../db/user-data'
import { useUiStore } from '../../store/ui-store'

const NO_PROJECTS: Project[] = []
const NO_IDS: ReadonlySet<string> = new Set()

/**
 * The Projects filters applied to the cache: what the table shows, and the Board too (one filter
 * state, one filter bar). Facet counts and the user's data come along.
 */
export function useFilteredProjects() {
  const projects = useProjects()
  const filters = useUiStore((s) => s.filters)
  const userIndex = useUserDataIndex() ?? EMPTY_USER_DATA
  const evaluation = useEvaluationIndex() ?? EMPTY_EVALUATION
  const userData = useMemo<UserDataIndex>(() => ({ ...userIndex, evaluation }), [userIndex, evaluation])
  const changed = useChangedSinceRefresh() ?? NO_IDS
  const lists = useLists()
  const all = projects ?? NO_PROJECTS
  // Typing stays instant on large catalogues: the results follow the filters at low priority.
  const deferredFilters = useDeferredValue(filters)
  const visible = useMemo(() => filterProjects(all, deferredFilters, userData, changed), [all, deferredFilters, userData, changed])
  const facets = useMemo(() => facetOptions(all, deferredFilters, userData, changed), [all, deferredFilters, userData, changed])
  const listNames = useMemo(() => new Map((lists ?? []).map((l) => [l.id, l.name])), [lists])
  return {
    projects,
    all,
    visible,
    facets,
    userData,
    evaluation,
    changed,
    listNames,
    filtersActive: hasActiveFilters(filters),
    /** True while the results still show the previous filters. */
    stale: deferredFilters !== filters,
  }
}
