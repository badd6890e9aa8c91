import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { DEFAULT_FILTERS, FACETS, TOGGLES, type ProjectFilters } from '../../shared/projects/filter'
import { DEFAULT_SORTING, DEFAULT_VIEW_STATE, viewQueryText, type SortEntry } from '../../shared/projects/view-query'

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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

/** Version 1 stored the filters and sort themselves: written as a view's query instead. */
function queryFromVersion1(state: Record<string, unknown>): string {
  const stored = isRecord(state.filters) ? state.filters : {}
  const filters: ProjectFilters = { ...DEFAULT_FILTERS, query: typeof stored.query === 'string' ? stored.query : '', dates: {} }
  for (const facet of FACETS) if (facet in stored) filters[facet] = strings(stored[facet])
  for (const toggle of TOGGLES) filters[toggle] = stored[toggle] === true
  const sorting = Array.isArray(state.sorting)
    ? state.sorting.filter((s): s is SortEntry => isRecord(s) && typeof s.id === 'string' && typeof s.desc === 'boolean')
    : DEFAULT_SORTING
  return viewQueryText({ filters, sorting, layout: 'table' })
}

const numbers = (value: unknown): Record<string, number> =>
  isRecord(value) ? Object.fromEntries(Object.entries(value).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]))) : {}
const booleans = (value: unknown): Record<string, boolean> =>
  isRecord(value) ? Object.fromEntries(Object.entries(value).filter((e): e is [string, boolean] => typeof e[1] === 'boolean')) : {}

/** Reads a stored (or backed-up) table state of any version; what does not fit is left at its default. */
export function readTableState(stored: unknown): ProjectsTableState {
  const p = isRecord(stored) ? stored : {}
  const lastViewQuery = typeof p.lastViewQuery === 'string' && p.lastViewQuery.length <= 4000
    ? p.lastViewQuery
    : 'filters' in p || 'sorting' in p ? queryFromVersion1(p) : DEFAULT_VIEW_QUERY
  return { lastViewQuery, columnVisibility: booleans(p.columnVisibility), columnSizing: numbers(p.columnSizing) }
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
      storage: createJSONStorage(() => localStorage),
      partialize: ({ lastViewQuery, columnVisibility, columnSizing }) => ({ lastViewQuery, columnVisibility, columnSizing }),
      // Any stored shape, older or damaged, is read field by field: it must never break the table.
      migrate: (persisted) => readTableState(persisted),
      merge: (persisted, current) => ({ ...current, ...readTableState(persisted) }),
    },
  ),
)
