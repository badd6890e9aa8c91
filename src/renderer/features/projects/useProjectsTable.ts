import { useDeferredValue, useMemo } from 'react'
import { useTable } from '@tanstack/react-table'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../../shared/dataset/schema'
import { EMPTY_USER_DATA, facetOptions, filterProjects, hasActiveFilters } from '../../../shared/projects/filter'
import { dataTableFeatures } from '../../components/data-table/features'
import { useProjects } from '../../db/hooks'
import { useLists, useUserDataIndex } from '../../db/user-data'
import { useUiStore } from '../../store/ui-store'
import { useDataStatus } from '../../store/data-status-store'
import type { Language } from '../../store/settings-store'
import { HIDDEN_BY_DEFAULT, projectColumns } from './columns'
import { useChangedSinceRefresh } from '../../db/refresh'
import { useHealthIndex } from '../../db/health'
import { EMPTY_HEALTH } from '../../../shared/health/facets'

const NO_PROJECTS: Project[] = []
const NO_IDS: ReadonlySet<string> = new Set()

/** Everything the Projects view shows, derived from the cache and the persisted table state. */
export function useProjectsTable() {
  const { t, i18n } = useTranslation()
  const language = (i18n.language === 'ru' ? 'ru' : 'en') as Language
  const projects = useProjects()
  const filters = useUiStore((s) => s.filters)
  const sorting = useUiStore((s) => s.sorting)
  const columnVisibility = useUiStore((s) => s.columnVisibility)
  const setSorting = useUiStore((s) => s.setSorting)
  const setColumnVisibility = useUiStore((s) => s.setColumnVisibility)

  const userData = useUserDataIndex() ?? EMPTY_USER_DATA
  const changed = useChangedSinceRefresh() ?? NO_IDS
  const health = useHealthIndex() ?? EMPTY_HEALTH
  const lists = useLists()
  const checking = useDataStatus((s) => s.status.state === 'checking')
  const all = projects ?? NO_PROJECTS
  // Typing stays instant on large catalogues: the table follows the filters at low priority.
  const deferredFilters = useDeferredValue(filters)
  const visible = useMemo(() => filterProjects(all, deferredFilters, userData, changed, health), [all, deferredFilters, userData, changed, health])
  const facets = useMemo(() => facetOptions(all, deferredFilters, userData, changed, health), [all, deferredFilters, userData, changed, health])
  const columns = useMemo(() => projectColumns(t, language, health), [t, language, health])

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: visible,
    getRowId: (row) => row.id,
    // Columns the user never touched keep their default (figures hidden); their choices win.
    state: { sorting, columnVisibility: { ...HIDDEN_BY_DEFAULT, ...columnVisibility } },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
    enableSortingRemoval: false,
  })

  return {
    table,
    // An empty cache on first launch is "loading", not "no projects match".
    loading: projects === undefined || (projects.length === 0 && checking),
    total: all.length,
    shown: visible.length,
    facets,
    userData,
    /** How many projects the latest refresh changed (the "changed" filter's reach). */
    changedCount: changed.size,
    /** List id → name, for the "My lists" facet. */
    listNames: new Map((lists ?? []).map((l) => [l.id, l.name])),
    filtersActive: hasActiveFilters(filters),
    /** True while the table still shows the previous filters' rows. */
    stale: deferredFilters !== filters,
  }
}
