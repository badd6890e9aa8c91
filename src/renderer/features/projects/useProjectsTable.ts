import { useMemo } from 'react'
import { useTable, type ColumnDef } from '@tanstack/react-table'
import type { Project } from '../../../shared/dataset/schema'
import { useTranslation } from 'react-i18next'
import { dataTableFeatures, type DataTableFeatures } from '../../components/data-table/features'
import { useUiStore } from '../../store/ui-store'
import { useDataStatus } from '../../store/data-status-store'
import type { Language } from '../../store/settings-store'
import { HIDDEN_BY_DEFAULT, projectColumns } from './columns'
import { useFilteredProjects } from './useFilteredProjects'
import { useEvaluationColumns } from '../evaluation/columns'

/** Everything the Projects view shows, derived from the cache and the persisted table state. */
export function useProjectsTable() {
  const { t, i18n } = useTranslation()
  const language = (i18n.language === 'ru' ? 'ru' : 'en') as Language
  const sorting = useUiStore((s) => s.sorting)
  const columnVisibility = useUiStore((s) => s.columnVisibility)
  const setSorting = useUiStore((s) => s.setSorting)
  const setColumnVisibility = useUiStore((s) => s.setColumnVisibility)
  const { projects, all, visible, facets, userData, evaluation, changed, listNames, filtersActive, stale } = useFilteredProjects()

  const checking = useDataStatus((s) => s.status.state === 'checking')
  const evaluationColumns = useEvaluationColumns(evaluation)
  const columns = useMemo(() => {
    // The status column follows maturity; the user's fields come last, hidden until chosen.
    const base = projectColumns(t, language)
    const at = base.findIndex((c) => c.id === 'maturity') + 1
    const all: ColumnDef<DataTableFeatures, Project, any>[] = [...base.slice(0, at), evaluationColumns.status, ...base.slice(at), ...evaluationColumns.fields] // eslint-disable-line @typescript-eslint/no-explicit-any
    return all
  }, [t, language, evaluationColumns])

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: visible,
    getRowId: (row) => row.id,
    // Columns the user never touched keep their default (figures and fields hidden); their choices win.
    state: { sorting, columnVisibility: { ...HIDDEN_BY_DEFAULT, ...evaluationColumns.hiddenByDefault, ...columnVisibility } },
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
    /** The filtered projects' ids, in table order, for a dossier of the current filter. */
    visibleIds: table.getRowModel().rows.map((r) => r.id),
    facets,
    userData,
    /** How many projects the latest refresh changed (the "changed" filter's reach). */
    changedCount: changed.size,
    /** List id → name, for the "My lists" facet. */
    listNames,
    filtersActive,
    /** True while the table still shows the previous filters' rows. */
    stale,
  }
}
