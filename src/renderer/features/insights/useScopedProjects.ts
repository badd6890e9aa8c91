import { useMemo } from 'react'
import type { Project } from '../../../shared/dataset/schema'
import { DEFAULT_SCOPE, projectsInScope, type InsightsScope } from '../../../shared/insights/scope'
import { EMPTY_USER_DATA } from '../../../shared/projects/filter'
import { useDatasetMeta, useProjects } from '../../db/hooks'
import { useLists, useUserDataIndex } from '../../db/user-data'

/**
 * The cached projects in the chosen scope, and the data's date (the "today" of every figure).
 * A list that no longer exists falls back to the default scope, and says so.
 */
export function useScopedProjects(requested: InsightsScope) {
  const projects = useProjects()
  const meta = useDatasetMeta()
  const user = useUserDataIndex() ?? EMPTY_USER_DATA
  const lists = useLists()
  const missingList = requested.kind === 'list' && lists !== undefined && !lists.some((l) => l.id === requested.listId)
  const scope = missingList ? DEFAULT_SCOPE : requested
  const scopeKey = JSON.stringify(scope)
  const scoped = useMemo<Project[] | undefined>(
    () => (projects ? projectsInScope(projects, scope, user) : undefined),
    // The scope is compared by value: a new object for the same scope is the same scope.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [projects, scopeKey, user],
  )
  return {
    scope,
    scoped,
    asOf: meta?.source.date,
    source: meta?.source,
    lists: lists ?? [],
    missingList,
    loading: projects === undefined || meta === undefined,
  }
}
