import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { DEFAULT_FILTERS, FACETS, TOGGLES, type ProjectFilters } from '../../shared/projects/filter'
import { DEFAULT_SORTING, DEFAULT_VIEW_STATE, viewQueryText } from '../../shared/projects/view-query'
import { readProjectsTableState, type StoredProjectsTableState } from '../../shared/projects/table-state'
import { keepAnyVersion, readPersisted, recoveringStorage } from './persisted'

export type { SortEntry } from '../../shared/projects/view-query'

export interface ProjectsTableState {
  /**
   * The last Projects view shown, as its link's query. While the view is open its address is the
   * truth; this only remembers it, so a bare `#/projects` (the sidebar, Back) reopens it.
   */
  lastViewQuery: string
  /** Column id → false when hidden; absent means the column's default. */
  columnVisibility: Record<string, boolean>
  /** Column id → width in pixels, for the columns the user resized. */
  columnSizing: Record<string, number>
}

interface UiState extends ProjectsTableState {
  /** Where the table was scrolled, so Back from a detail page returns to the same rows. */
  projectsScrollTop: number
  /** The row to focus again when coming back from its detail page. */
  lastOpenedProjectId: string | undefined
  /** Collapsed groups of the grouped table and cards ("category:Runtime"), for this session. */
  collapsedGroups: readonly string[]
  /** The saved view last opened or saved, which "Update", "Rename" and "Delete" act on (this session). */
  activeSavedViewId: string | undefined
  setActiveSavedView: (id: string | undefined) => void
  rememberView: (query: string) => void
  /** Takes a stored table state of any version (a backup's), keeping defaults where it does not fit. */
  restoreTableState: (stored: unknown) => void
  setColumnVisibility: (update: Record<string, boolean> | ((current: Record<string, boolean>) => Record<string, boolean>)) => void
  setColumnSizing: (update: Record<string, number> | ((current: Record<string, number>) => Record<string, number>)) => void
  toggleGroup: (key: string) => void
  rememberTablePosition: (scrollTop: number, projectId?: string) => void
}

export const DEFAULT_VIEW_QUERY = viewQueryText(DEFAULT_VIEW_STATE)

const apply = <T,>(update: T | ((current: T) => T), current: T): T =>
  typeof update === 'function' ? (update as (current: T) => T)(current) : update

/** Version 1 stored the filters and sort themselves: written as a view's query instead. */
function queryFromVersion1(stored: StoredProjectsTableState): string {
  const old = stored.filters ?? {}
  const filters: ProjectFilters = { ...DEFAULT_FILTERS, query: typeof old.query === 'string' ? old.query : '', dates: {} }
  for (const facet of FACETS) if (Array.isArray(old[facet])) filters[facet] = old[facet]
  for (const toggle of TOGGLES) filters[toggle] = old[toggle] === true
  return viewQueryText({ filters, sorting: stored.sorting ?? DEFAULT_SORTING, relevance: true, layout: 'table' })
}

/** The table state from a stored one of any version, already read field by field (table-state.ts). */
function tableStateFrom(stored: StoredProjectsTableState): ProjectsTableState {
  const lastViewQuery = stored.lastViewQuery ?? (stored.filters || stored.sorting ? queryFromVersion1(stored) : DEFAULT_VIEW_QUERY)
  return { lastViewQuery, columnVisibility: stored.columnVisibility ?? {}, columnSizing: stored.columnSizing ?? {} }
}

/** Reads a stored (or backed-up) table state of any version; what does not fit is left at its default. */
export function readTableState(stored: unknown): ProjectsTableState {
  return tableStateFrom(readProjectsTableState(stored).value)
}

/** The last view, columns and widths survive restarts (localStorage); scroll, collapsed groups and the active saved view do not. */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      lastViewQuery: DEFAULT_VIEW_QUERY,
      columnVisibility: {},
      columnSizing: {},
      projectsScrollTop: 0,
      lastOpenedProjectId: undefined,
      collapsedGroups: [],
      activeSavedViewId: undefined,
      setActiveSavedView: (activeSavedViewId) => set({ activeSavedViewId }),
      rememberView: (lastViewQuery) => set((s) => (s.lastViewQuery === lastViewQuery ? s : { lastViewQuery, projectsScrollTop: 0 })),
      restoreTableState: (stored) => set(readTableState(stored)),
      setColumnVisibility: (update) => set((s) => ({ columnVisibility: apply(update, s.columnVisibility) })),
      setColumnSizing: (update) => set((s) => ({ columnSizing: apply(update, s.columnSizing) })),
      toggleGroup: (key) => set((s) => ({ collapsedGroups: s.collapsedGroups.includes(key) ? s.collapsedGroups.filter((k) => k !== key) : [...s.collapsedGroups, key] })),
      rememberTablePosition: (projectsScrollTop, lastOpenedProjectId) => set({ projectsScrollTop, lastOpenedProjectId }),
    }),
    {
      name: 'sandscape.projects-table',
      version: 2,
      storage: recoveringStorage('projectsTable'),
      partialize: ({ lastViewQuery, columnVisibility, columnSizing }) => ({ lastViewQuery, columnVisibility, columnSizing }),
      migrate: keepAnyVersion,
      // Any stored shape, older or damaged, is read field by field (and damage reported): it must never break the table.
      merge: (persisted, current) => ({ ...current, ...tableStateFrom(readPersisted('projectsTable', persisted, (raw) => readProjectsTableState(raw))) }),
    },
  ),
)
