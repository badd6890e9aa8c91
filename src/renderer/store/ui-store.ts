import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { DEFAULT_FILTERS, type ProjectFilters } from '../../shared/projects/filter'
import { DEFAULT_SORTING, readProjectsTableState, type ProjectsTableState, type SortEntry } from '../../shared/projects/table-state'
import { keepAnyVersion, readPersisted, recoveringStorage } from './persisted'

export { DEFAULT_SORTING, type ProjectsTableState, type SortEntry }

interface UiState extends ProjectsTableState {
  /** Where the table was scrolled, so Back from a detail page returns to the same rows. */
  projectsScrollTop: number
  /** The row to focus again when coming back from its detail page. */
  lastOpenedProjectId: string | undefined
  setFilters: (update: ProjectFilters | ((current: ProjectFilters) => ProjectFilters)) => void
  setQuery: (query: string) => void
  setSorting: (update: SortEntry[] | ((current: SortEntry[]) => SortEntry[])) => void
  setColumnVisibility: (update: Record<string, boolean> | ((current: Record<string, boolean>) => Record<string, boolean>)) => void
  rememberTablePosition: (scrollTop: number, projectId?: string) => void
}

const apply = <T,>(update: T | ((current: T) => T), current: T): T =>
  typeof update === 'function' ? (update as (current: T) => T)(current) : update

/** Table filters, sort and columns survive restarts (localStorage); scroll memory does not. */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      filters: DEFAULT_FILTERS,
      sorting: DEFAULT_SORTING,
      columnVisibility: {},
      projectsScrollTop: 0,
      lastOpenedProjectId: undefined,
      setFilters: (update) => set((s) => ({ filters: apply(update, s.filters), projectsScrollTop: 0 })),
      setQuery: (query) => set((s) => ({ filters: { ...s.filters, query }, projectsScrollTop: 0 })),
      setSorting: (update) => set((s) => ({ sorting: apply(update, s.sorting) })),
      setColumnVisibility: (update) => set((s) => ({ columnVisibility: apply(update, s.columnVisibility) })),
      rememberTablePosition: (projectsScrollTop, lastOpenedProjectId) => set({ projectsScrollTop, lastOpenedProjectId }),
    }),
    {
      name: 'sandscape.projects-table',
      version: 1,
      storage: recoveringStorage('projectsTable'),
      partialize: ({ filters, sorting, columnVisibility }) => ({ filters, sorting, columnVisibility }),
      migrate: keepAnyVersion,
      // Field by field: a damaged value is dropped (and reported), gaps are filled from defaults.
      merge: (persisted, current) => {
        const stored = readPersisted('projectsTable', persisted, (raw) => readProjectsTableState(raw))
        return {
          ...current,
          filters: { ...DEFAULT_FILTERS, ...stored.filters },
          sorting: stored.sorting ?? current.sorting,
          columnVisibility: stored.columnVisibility ?? {},
        }
      },
    },
  ),
)
