import { useDeferredValue, useMemo } from 'react'
import { useTable } from '@tanstack/react-table'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../../shared/dataset/schema'
import { EMPTY_USER_DATA, facetOptions, filterProjects, hasActiveFilters } from '../../../shared/projects/filter'
import { dataTableFeatures } from '../../components/data-table/features'
import { useProjects } from '../../db/hooks'
import { useLists, useUserDataIndex } from '../../db/user-data'
import { useUiStore } from '../../store/ui-store'
import type { Language } from '../../store/settings-store'
import { projectColumns } from './columns'

const NO_PROJECTS: Project[] = []

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
  const lists = useLists()
  const all = projects ?? NO_PROJECTS
  // Typing stays instant on large catalogues: the table follows the filters at low priority.
  const deferredFilters = useDeferredValue(filters)
  const visible = useMemo(() => filterProjects(all, deferredFilters, userData), [all, deferredFilters, userData])
  const facets = useMemo(() => facetOptions(all, deferredFilters, userData), [all, deferredFilters, userData])
  const columns = useMemo(() => projectColumns(t, language), [t, language])

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: visible,
    getRowId: (row) => row.id,
    state: { sorting, columnVisibility },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
    enableSortingRemoval: false,
  })

  return {
    table,
    loading: projects === undefined,
    total: all.length,
    shown: visible.length,
    facets,
    userData,
    /** List id → name, for the "My lists" facet. */
    listNames: new Map((lists ?? []).map((l) => [l.id, l.name])),
    filtersActive: hasActiveFilters(filters),
    /** True while the table still shows the previous filters' rows. */
    stale: deferredFilters !== filters,
  }
}
