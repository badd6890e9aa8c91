import { useMemo } from 'react'
import { useTable, type Row } from '@tanstack/react-table'
import { useTranslation } from '../../i18n/useTranslation'
import type { TFunction } from '../../i18n/translator'
import type { FilterContext } from '../../../shared/projects/filter'
import { GROUP_DEFINITIONS, groupItems, groupOrder, type GroupKey } from '../../../shared/projects/group'
import { orderRows } from '../../../shared/projects/row-order'
import type { TableProject } from '../../../shared/projects/rows'
import { rankedByRelevance, type ProjectsViewState, type SortEntry } from '../../../shared/projects/view-query'
import { queryHighlighter } from '../../../shared/search/highlight'
import { dataTableFeatures, type DataTableFeatures } from '../../components/data-table/features'
import { useUiStore } from '../../store/ui-store'
import { useDataStatus } from '../../store/data-status-store'
import type { Language } from '../../store/settings-store'
import { fieldValueText, useStatusColor, useStatusLabels } from '../evaluation/labels'
import { HIDDEN_BY_DEFAULT, isFieldColumnId } from './column-ids'
import { fieldColumns, PROJECT_COLUMNS, projectColumns, type ColumnContext } from './columns'
import { useFilteredProjects } from './useFilteredProjects'
import { changeProjectsView } from './view-state'

const NO_KEYS: ReadonlySet<string> = new Set()

export type ProjectRow = Row<DataTableFeatures, TableProject>

/**
 * Everything the Projects view shows, derived from the cache, the view its address describes
 * and the column choices kept in the ui-store. Table and cards read the same sorted rows and
 * the same groups from here, so they always show the same projects in the same order.
 *
 * TanStack sorts the whole catalogue once per sort (or new data, or new columns); a keystroke then
 * keeps the sorted rows that pass the filters, ranked by relevance while a query is typed (ties
 * in the user's sort), which costs one pass over the rows instead of a sort.
 */
export function useProjectsTable(view: ProjectsViewState) {
  const { t, i18n } = useTranslation()
  const language = (i18n.language === 'ru' ? 'ru' : 'en') as Language
  const columnVisibility = useUiStore((s) => s.columnVisibility)
  const columnSizing = useUiStore((s) => s.columnSizing)
  const setColumnVisibility = useUiStore((s) => s.setColumnVisibility)
  const setColumnSizing = useUiStore((s) => s.setColumnSizing)
  const collapsedGroups = useUiStore((s) => s.collapsedGroups)
  const toggleGroup = useUiStore((s) => s.toggleGroup)
  const { projects, all, visible, pass, ranks, facets, facetsWithOptions, userData, evaluation, changed, health, context, today, listNames, filtersActive } = useFilteredProjects(view.filters)
  // An empty cache on first launch is "loading", not "no projects match". Read only then: the
  // start-up check ending after the first paint would otherwise render the whole view again.
  const noProjects = projects?.length === 0
  const checking = useDataStatus((s) => noProjects && s.status.state === 'checking')
  // Ranks exist only while the rows show a query.
  const relevance = ranks !== undefined && rankedByRelevance(view)
  const query = view.filters.query
  const mark = useMemo(() => queryHighlighter(query), [query])
  const statusLabel = useStatusLabels().label
  const statusColor = useStatusColor()
  const columnContext = useMemo<ColumnContext>(() => ({
    t, language, today, evaluation, health, statusLabel, statusColor, fieldText: fieldTexter(t, language),
  }), [t, language, today, evaluation, health, statusLabel, statusColor])
  // The fixed columns, then one per field of the user's (hidden until chosen).
  const specs = useMemo(() => [...PROJECT_COLUMNS, ...fieldColumns(evaluation.fields)], [evaluation.fields])
  const columns = useMemo(() => projectColumns(specs, columnContext), [specs, columnContext])

  // Likewise the sort: re-sorting ten thousand rows on every keystroke would cost a frame or two.
  const sortingKey = JSON.stringify(view.sorting)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const sorting = useMemo(() => view.sorting, [sortingKey])

  // Defaults the user has not overridden: the status column shows once some project has a status
  // (an empty column would take the Summary's room), the user's fields only when chosen.
  const hasStatuses = evaluation.statusOf.size > 0
  const shownColumns = useMemo(() => ({
    ...HIDDEN_BY_DEFAULT, status: hasStatuses, ...Object.fromEntries(specs.filter((s) => isFieldColumnId(s.id)).map((s) => [s.id, false])), ...columnVisibility,
  }), [specs, columnVisibility, hasStatuses])


  const data = useRowsCopy(all, columns)
  // The options kept while nothing in them changes: TanStack hands back a new table object for a
  // new options object, and the toolbar, the header and the column menu, which take the table,
  // would all draw again on every keystroke.
  const options = useMemo(() => ({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: rowId,
    // Columns the user never touched keep their default; their choices win.
    state: { sorting, columnVisibility: shownColumns, columnSizing },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setColumnVisibility,
    onColumnSizingChange: setColumnSizing,
    enableSortingRemoval: false,
    enableMultiSort: false,
  }), [columns, data, sorting, shownColumns, columnSizing, setColumnVisibility, setColumnSizing])
  const table = useTable(options)

  const sorted = table.getRowModel().rows
  const rows = useOrderedRows(sorted, pass, relevance ? ranks : undefined)
  const groupBy = view.groupBy
  const collapsed = useMemo(() => new Set(groupBy ? collapsedGroups.filter((k) => k.startsWith(`${groupBy}:`)).map((k) => k.slice(groupBy.length + 1)) : []), [collapsedGroups, groupBy])
  const { grouped, exportRows } = useGroupedRows(rows, groupBy, context, collapsed)
  // Made from what it needs (groupToggle), not as a closure of this render: one kept across renders
  // would keep this render's rows alive with it.
  const onToggleGroup = useMemo(() => groupToggle(groupBy, toggleGroup), [groupBy, toggleGroup])

  return {
    table,
    rows,
    /** The rows in groups, when the view is grouped. */
    grouped,
    exportRows,
    onToggleGroup,
    loading: !projects || checking,
    total: all.length,
    shown: visible.length,
    facets,
    facetsWithOptions,
    userData,
    evaluation,
    today,
    language,
    specs,
    columnContext,
    /** How many projects the latest refresh changed (the "changed" filter's reach). */
    changedCount: changed.size,
    /** List id → name, for the "My lists" facet. */
    listNames,
    filtersActive,
    /** A query is shown: the rows can be ranked by relevance. */
    searching: ranks !== undefined,
    /** The rows are ranked by relevance (ties in the user's sort). */
    relevance,
    /** Marks what the query matched in a text (SearchMarksContext). */
    mark,
  }
}

/**
 * Picking a column to sort by while a query is typed turns the ranking off (the Relevance chip
 * turns it back on). A module function: a callback made in a render would keep its rows alive.
 */
function setSorting(update: SortEntry[] | ((current: SortEntry[]) => SortEntry[])): void {
  changeProjectsView((v) => ({ ...v, sorting: typeof update === 'function' ? update(v.sorting) : update, relevance: false }))
}

/*
 * The row lists are made in the small hooks below, never by closures of useProjectsTable's render:
 * a function kept across renders (the table keeps its first options; columns keep their context)
 * keeps everything that render's closures share, and the rows of a first render, made before the
 * statuses and health figures change the columns, would stay in memory beside the current ones.
 */

/**
 * TanStack keeps each row's cell values until the data changes; the columns read the context
 * (health figures, statuses, the language), so new columns come with a new array of the same rows
 * in the same positions: a sort never orders by values that are no longer shown.
 */
function useRowsCopy(all: readonly TableProject[], columns: unknown): TableProject[] {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => all.slice(), [all, columns])
}

function useOrderedRows(sorted: readonly ProjectRow[], pass: Uint8Array, ranks: Int32Array | undefined): ProjectRow[] {
  return useMemo(() => orderRows(sorted, pass, ranks), [sorted, pass, ranks])
}

/** The rows in groups when the view is grouped, and what the export writes: the rows in the order on screen, groups folded or not (folding hides, it does not filter). */
function useGroupedRows(rows: readonly ProjectRow[], groupBy: GroupKey | undefined, context: FilterContext, collapsed: ReadonlySet<string>) {
  const grouped = useMemo(() => {
    if (!groupBy) return undefined
    const definition = GROUP_DEFINITIONS[groupBy]
    return groupItems(rows, (row) => definition.keyOf(row.original, context), groupOrder(definition, context), collapsed)
  }, [rows, groupBy, context, collapsed])
  const exportRows = useMemo(() => {
    if (!groupBy) return rows
    const definition = GROUP_DEFINITIONS[groupBy]
    return groupItems(rows, (row) => definition.keyOf(row.original, context), groupOrder(definition, context), NO_KEYS).flatMap((item) => (item.kind === 'item' ? [item.item] : []))
  }, [rows, groupBy, context])
  return { grouped, exportRows }
}

function fieldTexter(t: TFunction, language: Language): ColumnContext['fieldText'] {
  return (field, value) => fieldValueText(field, value, t, language)
}

/**
 * Options the table keeps from its first render on are module functions: a closure made in a render
 * would keep that render's rows alive for the table's life.
 */
function rowId(row: TableProject): string {
  return row.id
}

function groupToggle(groupBy: GroupKey | undefined, toggleGroup: (key: string) => void): (key: string) => void {
  return (key) => { if (groupBy) toggleGroup(`${groupBy}:${key}`) }
}
