import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { DEFAULT_FILTERS, type ProjectFilters } from '../../shared/projects/filter'

export interface SortEntry {
  id: string
  desc: boolean
}

export interface ProjectsTableState {
  filters: ProjectFilters
  sorting: SortEntry[]
  /** Column id → false when hidden; absent means shown. */
  columnVisibility: Record<string, boolean>
}

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

export const DEFAULT_SORTING: SortEntry[] = [{ id: 'name', desc: false }]

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
      storage: createJSONStorage(() => localStorage),
      partialize: ({ filters, sorting, columnVisibility }) => ({ filters, sorting, columnVisibility }),
      // A stored state from an older shape must not break the table: fill gaps from defaults.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<ProjectsTableState>
        return {
          ...current,
          filters: { ...DEFAULT_FILTERS, ...(p.filters ?? {}) },
          sorting: Array.isArray(p.sorting) ? p.sorting : current.sorting,
          columnVisibility: p.columnVisibility && typeof p.columnVisibility === 'object' ? p.columnVisibility : {},
        }
      },
    },
  ),
)
