import { useEffect, useMemo, useRef } from 'react'
import Box from '@mui/material/Box'
import { LazyTooltip } from '../../components/lazy-overlays'
import Typography from '@mui/material/Typography'
import { ToggleChip } from '../../components/ToggleChip'
import { useTranslation } from '../../i18n/useTranslation'
import type { ProjectFilters } from '../../../shared/projects/filter'
import { viewQueryText, type ProjectsViewState } from '../../../shared/projects/view-query'
import type { GroupedItem, GroupKey } from '../../../shared/projects/group'
import type { TFunction } from '../../i18n/translator'
import type { TableFormat } from '../../../shared/export/render'
import { DataTable } from '../../components/data-table/DataTable'
import { SearchMarksContext } from '../../components/HighlightedText'
import { Attribution } from '../../components/Attribution'
import { isDesktop } from '../../bridge'
import { useExport } from '../../components/export/useExport'
import { copyText } from '../../components/clipboard'
import { useDatasetMeta } from '../../db/hooks'
import { useSavedViews } from '../../db/saved-views'
import { navigate } from '../../router/router'
import { useNoticeStore } from '../../store/notice-store'
import { useUiStore } from '../../store/ui-store'
import { markFirstContent } from '../../store/first-content'
import type { ViewProps } from '../../registry/view'
import { UserDataContext } from '../bookmarks/user-data-context'
import { projectHref } from '../project-detail/views'
import { ColumnsMenu } from './ColumnsMenu'
import { FilterBar } from './FilterBar'
import { ProjectCards } from './ProjectCards'
import { TableSearch } from './TableSearch'
import { GroupByMenu, LayoutToggle, SortMenu } from './ViewControls'
import { columnHeader, type ProjectColumnSpec } from './columns'
import { DossierMenu } from '../evaluation/dossier/DossierMenu'
import { ViewMenu } from './ViewMenu'
import { viewExportTable } from './export-view'
import { columnTitle, useGroupLabel } from './labels'
import { savedViewText } from './saved-view-entries'
import { useProjectsTable, type ProjectRow } from './useProjectsTable'
import { changeProjectsView, useShownView } from './view-state'
import { projectsHref, type ProjectsViewParams } from './views'

/** The Projects view: its address says what it shows (view-state.ts); until that is known, a line. */
export function ProjectsView({ params }: ViewProps<ProjectsViewParams>) {
  const { t } = useTranslation()
  const view = useShownView(params)
  const show = useNoticeStore((s) => s.show)
  const ignored = params.ignored?.join(', ') ?? ''
  useEffect(() => {
    if (ignored) show(t('projectsView.ignored', { items: ignored.length > 200 ? `${ignored.slice(0, 200)}…` : ignored }), 'warning')
  }, [ignored, show, t])
  if (!view) return <Typography color="text.secondary" role="status" sx={{ p: 2 }}>{t('projects.loading')}</Typography>
  return <ProjectsBody view={view} />
}

function ProjectsBody({ view }: { view: ProjectsViewState }) {
  const { t } = useTranslation()
  const {
    table, rows, grouped, exportRows, onToggleGroup, loading, total, shown, facets, facetsWithOptions, filtersActive, userData, evaluation, listNames, changedCount, specs, columnContext,
    searching, relevance, mark,
  } = useProjectsTable(view)
  const exporter = useExport()
  const meta = useDatasetMeta()
  const show = useNoticeStore((s) => s.show)
  const savedViews = useSavedViews()
  const activeId = useUiStore((s) => s.activeSavedViewId)
  const scrollTop = useUiStore((s) => s.projectsScrollTop)
  const lastOpened = useUiStore((s) => s.lastOpenedProjectId)
  const remember = useUiStore((s) => s.rememberTablePosition)
  // Start from the remembered offset, so opening a row without scrolling keeps it.
  useEffect(() => { scrollPosition = scrollTop }, [scrollTop])
  // Work that waits for the first rows (the bundled-dataset check, other views' code) may start.
  useEffect(() => { if (!loading) markFirstContent() }, [loading])

  const text = viewQueryText(view)
  // What the rows are, for the list to return to its start when it changes (the layout aside).
  const scrollKey = viewQueryText({ ...view, layout: 'table' })
  const visibleColumns = table.getVisibleLeafColumns()
  const columnIds = visibleColumns.map((c) => c.id).join()
  const active = savedViews?.find((v) => v.id === activeId)
  const unchanged = active !== undefined && savedViewText(active) === text && active.columns.join() === columnIds
  const items = useListItems(grouped, rows)
  const specsById = useMemo(() => new Map(specs.map((spec) => [spec.id as string, spec])), [specs])
  const headerOf = useMemo(() => headerLookup(specsById, t), [specsById, t])
  const sortColumns = useMemo(() => specs.filter((c) => c.value).map((c) => ({ id: c.id, label: columnHeader(t, c), descFirst: c.descFirst === true })), [specs, t])
  const groupLabel = useGroupLabel(listNames)
  const groupBy = view.groupBy
  const labelOfGroup = useMemo(() => groupLabeller(groupBy, groupLabel), [groupBy, groupLabel])

  // Relevance on: the rows ranked (ties in the sort); off: the sort alone.
  // Made again only when it changes, not with every keystroke of the search it goes with.
  const relevanceChip = useMemo(() => searching && (
    <LazyTooltip title={t('projectsView.relevanceHint')} describeChild>
      <ToggleChip label={t('projectsView.relevance')} iconPath={SORT_ICON} pressed={relevance} onToggle={() => setRelevance(!relevance)} />
    </LazyTooltip>
  ), [searching, relevance, t])
  const open = (row: ProjectRow) => {
    remember(scrollPosition, row.id)
    navigate(projectHref(row.id))
  }

  const copyLink = async () => {
    const href = projectsHref(view)
    // The desktop app's links open it (issue 15's sandscape://); the web build's are its own address.
    const link = isDesktop() ? `sandscape://projects${href.slice('#/projects'.length)}` : `${window.location.origin}${window.location.pathname}${href}`
    try {
      await copyText(link)
      show(t('projectsView.linkCopied'), 'success')
    } catch (error) {
      show(t('projectsView.copyFailed', { reason: (error as Error).message }), 'error')
    }
  }

  // Exactly the rows and columns shown, in the current language, through the export envelope.
  const exportAs = (format: TableFormat) => {
    const title = unchanged && active ? active.name : t('projectsView.exportTitle')
    const table = viewExportTable(title, visibleColumns, specs, latest.current.exportRows.map((row) => row.original), { ...columnContext, user: userData })
    return exporter.save({ kind: 'table', format, table })
  }

  // The toolbar shows nothing that changes with each keystroke: what it acts on (the rows, the
  // view's query) it reads when used, through `latest`, so it is made again only when it shows
  // something new.
  const latest = useRef({ copyLink, exportAs, exportRows, content: { query: text, columns: visibleColumns.map((c) => c.id) } })
  latest.current = { copyLink, exportAs, exportRows, content: { query: text, columns: visibleColumns.map((c) => c.id) } }
  const nothingShown = shown === 0
  const toolbar = useMemo(() => {
    const change = (update: (v: ProjectsViewState) => ProjectsViewState) => changeProjectsView(update)
    // The dossier of the filter: the projects shown when it is asked for.
    const filterScope = { kind: 'filter' as const, get projectIds() { return latest.current.exportRows.map((row) => row.original.id) } }
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h1" sx={{ mr: 'auto' }}>{t('projects.title')}</Typography>
        <LayoutToggle layout={view.layout} onChange={(layout) => change((v) => ({ ...v, layout }))} />
        {view.layout === 'cards' && (
          <SortMenu
            sorting={view.sorting} columns={sortColumns} onChange={(sorting) => change((v) => ({ ...v, sorting, relevance: false }))}
            relevance={searching ? { on: relevance, choose: () => setRelevance(true) } : undefined}
          />
        )}
        <GroupByMenu groupBy={view.groupBy} onChange={(groupBy) => change((v) => ({ ...v, groupBy }))} />
        {view.layout === 'table' && <ColumnsMenu table={table} labelOf={headerOf} />}
        <DossierMenu scope={filterScope} disabled={nothingShown} />
        <ViewMenu
          getContent={() => latest.current.content} active={active} unchanged={unchanged}
          onCopyLink={() => void latest.current.copyLink()} onExport={(f) => void latest.current.exportAs(f)} exportDisabled={!exporter.ready || loading}
        />
      </Box>
    )
  }, [t, view.layout, view.sorting, view.groupBy, sortColumns, searching, relevance, setRelevance, table, headerOf, nothingShown, active, unchanged, exporter.ready, loading, columnIds])

  const empty = (
    <Box sx={{ py: 6, textAlign: 'center' }} data-testid="empty-state">
      <Typography variant="h2" gutterBottom>{t('projects.emptyTitle')}</Typography>
      <Typography color="text.secondary">{t('projects.emptyBody')}</Typography>
    </Box>
  )

  return (
    <UserDataContext.Provider value={userData}>
    <SearchMarksContext.Provider value={mark}>
    {/* A plain box: the view renders on every keystroke (MUI's spacing: 16 px around, 10 between). */}
    <div style={BODY}>
      {toolbar}
      {loading ? (
        // The filters come with the rows: facets that show only once the data has values would
        // otherwise appear a moment after the first paint and move the buttons under the pointer.
        <Typography color="text.secondary" role="status">{t('projects.loading')}</Typography>
      ) : (
        <>
          <FilterBar
            filters={view.filters} onChange={onFilters} listNames={listNames} facets={facets} facetsWithOptions={facetsWithOptions} shown={shown} total={total}
            filtersActive={filtersActive} changedCount={changedCount} evaluation={evaluation}
            leading={<TableSearch query={view.filters.query} />} trailing={relevanceChip}
          />
          {view.layout === 'cards' ? (
            <ProjectCards
              items={items}
              label={t('projects.tableLabel')}
              groupLabel={labelOfGroup}
              onToggleGroup={onToggleGroup}
              onOpen={open}
              empty={empty}
              initialScrollTop={scrollTop}
              initialFocusRowId={lastOpened}
              onScroll={(top) => { scrollPosition = top }}
              scrollKey={scrollKey}
            />
          ) : (
            <DataTable
              table={table}
              rows={rows}
              sortIndicators={!relevance}
              scrollKey={scrollKey}
              heightMemory="projects"
              label={t('projects.tableLabel')}
              initialScrollTop={scrollTop}
              initialFocusRowId={lastOpened}
              onScroll={(top) => { scrollPosition = top }}
              onActivateRow={open}
              grouping={grouped && { items: grouped, label: labelOfGroup, onToggle: onToggleGroup }}
              headerText={headerOf}
              empty={empty}
            />
          )}
        </>
      )}
      <Attribution source={meta?.source} />
    </div>
    </SearchMarksContext.Provider>
    </UserDataContext.Provider>
  )
}

const BODY = { padding: 16, display: 'flex', flexDirection: 'column', gap: 10, flex: 1, minHeight: 0 } as const

/** Material Icons' sort, as @mui/icons-material draws it. */
const SORT_ICON = 'M3 18h6v-2H3zM3 6v2h18V6zm0 7h12v-2H3z'

/*
 * Functions the view keeps across renders are made here, from what they need, never as closures
 * in the view's render: such a closure keeps everything that render's closures share, the rows
 * included, so the rows of a first render (before statuses and health figures change the columns)
 * would stay in memory beside the current ones. Row lists are only ever read through `latest`.
 */

function useListItems(grouped: readonly GroupedItem<ProjectRow>[] | undefined, rows: readonly ProjectRow[]): readonly GroupedItem<ProjectRow>[] {
  return useMemo(() => grouped ?? rows.map((row, index) => ({ kind: 'item' as const, item: row, index })), [grouped, rows])
}

function headerLookup(specsById: ReadonlyMap<string, ProjectColumnSpec>, t: TFunction): (id: string) => string {
  return (id) => { const spec = specsById.get(id); return spec ? columnHeader(t, spec) : columnTitle(t, id) }
}

function groupLabeller(groupBy: GroupKey | undefined, groupLabel: (groupBy: GroupKey, key: string) => string): (key: string) => string {
  return (key) => (groupBy ? groupLabel(groupBy, key) : key)
}

// Module functions rather than callbacks made in a render: stable (the filter controls skip
// re-rendering while the search is typed), and they keep no render's rows alive.
function setRelevance(on: boolean): void {
  changeProjectsView((v) => ({ ...v, relevance: on }))
}

function onFilters(update: (f: ProjectFilters) => ProjectFilters): void {
  changeProjectsView((v) => ({ ...v, filters: update(v.filters) }))
}

/** The live scroll offset, kept outside React state so scrolling does not re-render. */
let scrollPosition = 0
