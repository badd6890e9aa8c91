import { useCallback, useDeferredValue, useMemo } from 'react'
import { useTable, type Row } from '@tanstack/react-table'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../../shared/dataset/schema'
import { EMPTY_USER_DATA, facetOptions, filterContext, filterProjects, hasActiveFilters } from '../../../shared/projects/filter'
import { localToday } from '../../../shared/projects/dates'
import { GROUP_DEFINITIONS, groupItems } from '../../../shared/projects/group'
import type { ProjectsViewState, SortEntry } from '../../../shared/projects/view-query'
import { dataTableFeatures, type DataTableFeatures } from '../../components/data-table/features'
import { useProjects } from '../../db/hooks'
import { useLists, useUserDataIndex } from '../../db/user-data'
import { useChangedSinceRefresh } from '../../db/refresh'
import { useUiStore } from '../../store/ui-store'
import { useDataStatus } from '../../store/data-status-store'
import type { Language } from '../../store/settings-store'
import { HIDDEN_BY_DEFAULT } from './column-ids'
import { projectColumns } from './columns'
import { changeProjectsView } from './view-state'

const NO_PROJECTS: Project[] = []
const NO_IDS: ReadonlySet<string> = new Set()
const NO_KEYS: ReadonlySet<string> = new Set()

export type ProjectRow = Row<DataTableFeatures, Project>

/**
 * Everything the Projects view shows, derived from the cache, the view its address describes
 * and the column choices kept in the ui-store. Table and cards read the same sorted rows and
 * the same groups from here, so they always show the same projects in the same order.
 */
export function useProjectsTable(view: ProjectsViewState) {
  const { t, i18n } = useTranslation()
  const language = (i18n.language === 'ru' ? 'ru' : 'en') as Language
  const projects = useProjects()
  const columnVisibility = useUiStore((s) => s.columnVisibility)
  const columnSizing = useUiStore((s) => s.columnSizing)
  const setColumnVisibility = useUiStore((s) => s.setColumnVisibility)
  const setColumnSizing = useUiStore((s) => s.setColumnSizing)
  const collapsedGroups = useUiStore((s) => s.collapsedGroups)
  const toggleGroup = useUiStore((s) => s.toggleGroup)

  const userData = useUserDataIndex() ?? EMPTY_USER_DATA
  const changed = useChangedSinceRefresh() ?? NO_IDS
  const lists = useLists()
  const checking = useDataStatus((s) => s.status.state === 'checking')
  const all = projects ?? NO_PROJECTS
  // One day for the whole view: durations and moving date ranges agree with each other.
  const today = useMemo(() => localToday(), [])
  const context = useMemo(() => filterContext({ user: userData, changed, today }), [userData, changed, today])
  // The address is read anew on every change (a sort, say): the filters keep their identity
  // while their content does, so the rows are not filtered again for nothing.
  const filtersKey = JSON.stringify(view.filters)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => view.filters, [filtersKey])
  // Typing stays instant on large catalogues: the rows follow the filters at low priority.
  const deferredFilters = useDeferredValue(filters)
  const visible = useMemo(() => filterProjects(all, deferredFilters, context), [all, deferredFilters, context])
  const facets = useMemo(() => facetOptions(all, deferredFilters, context), [all, deferredFilters, context])
  const columns = useMemo(() => projectColumns({ t, language, today }), [t, language, today])

  // Likewise the sort: re-sorting ten thousand rows on every keystroke would cost a frame or two.
  const sortingKey = JSON.stringify(view.sorting)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const sorting = useMemo(() => view.sorting, [sortingKey])

  const shownColumns = useMemo(() => ({ ...HIDDEN_BY_DEFAULT, ...columnVisibility }), [columnVisibility])

  const setSorting = useCallback((update: SortEntry[] | ((current: SortEntry[]) => SortEntry[])) => {
    changeProjectsView((v) => ({ ...v, sorting: typeof update === 'function' ? update(v.sorting) : update }))
  }, [])

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: visible,
    getRowId: (row) => row.id,
    // Columns the user never touched keep their default; their choices win.
    state: { sorting, columnVisibility: shownColumns, columnSizing },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
    onColumnSizingChange: setColumnSizing,
    enableSortingRemoval: false,
    enableMultiSort: false,
  })

  const rows = table.getRowModel().rows
  const groupBy = view.groupBy
  const collapsed = useMemo(() => new Set(groupBy ? collapsedGroups.filter((k) => k.startsWith(`${groupBy}:`)).map((k) => k.slice(groupBy.length + 1)) : []), [collapsedGroups, groupBy])
  const grouped = useMemo(() => {
    if (!groupBy) return undefined
    const definition = GROUP_DEFINITIONS[groupBy]
    return groupItems(rows, (row) => definition.keyOf(row.original, context), definition.order, collapsed)
  }, [rows, groupBy, context, collapsed])
  // What the export writes: the rows in the order on screen, groups folded or not (folding hides, it does not filter).
  const exportRows = useMemo(() => {
    if (!groupBy) return rows
    const definition = GROUP_DEFINITIONS[groupBy]
    return groupItems(rows, (row) => definition.keyOf(row.original, context), definition.order, NO_KEYS).flatMap((item) => (item.kind === 'item' ? [item.item] : []))
  }, [rows, groupBy, context])
  const onToggleGroup = useCallback((key: string) => { if (groupBy) toggleGroup(`${groupBy}:${key}`) }, [groupBy, toggleGroup])

  return {
    table,
    rows,
    /** The rows in groups, when the view is grouped. */
    grouped,
    exportRows,
    onToggleGroup,
    // An empty cache on first launch is "loading", not "no projects match".
    loading: projects === undefined || (projects.length === 0 && checking),
    total: all.length,
    shown: visible.length,
    facets,
    userData,
    today,
    language,
    /** How many projects the latest refresh changed (the "changed" filter's reach). */
    changedCount: changed.size,
    /** List id → name, for the "My lists" facet. */
    listNames: useMemo(() => new Map((lists ?? []).map((l) => [l.id, l.name])), [lists]),
    filtersActive: hasActiveFilters(filters),
    /** True while the rows still show the previous filters. */
    stale: deferredFilters !== filters,
  }
}
