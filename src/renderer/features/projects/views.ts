import ViewListIcon from '@mui/icons-material/ViewListOutlined'
import { preferredLanguage } from '../../i18n'
import { DEFAULT_FILTERS, type ProjectFilters } from '../../../shared/projects/filter'
import { DEFAULT_VIEW_STATE, parseViewQuery, serializeViewQuery, type ProjectsViewState } from '../../../shared/projects/view-query'
import { defineView, hrefTo } from '../../registry/view'
import { preloadProjectsData } from './useFilteredProjects'
import { SORTABLE_COLUMNS } from './column-ids'
import { useSavedViewEntries } from './saved-view-entries'

export interface ProjectsViewParams {
  /** The view the address spells out; absent for a bare `#/projects`, which reopens the last one. */
  view?: ProjectsViewState
  /** What the address had that was not understood and was left out ("key=value"). */
  ignored?: readonly string[]
}

/**
 * The table (or cards) of every project; the app opens here. Its address carries the whole view
 * (`#/projects?maturity=sandbox&accepted=2023&sort=-daysInStage`): the same query the desktop's
 * `sandscape://projects?...` links and saved views use.
 */
export const projectsView = defineView<ProjectsViewParams>({
  id: 'projects',
  path: '/projects',
  isDefault: true,
  sidebar: { label: 'nav.projects', icon: ViewListIcon, order: 10, useChildren: useSavedViewEntries },
  params: {
    parse: (_path, query) => {
      if (query.size === 0) return {}
      const { state, ignored } = parseViewQuery(query, { sortable: SORTABLE_COLUMNS })
      return { view: state, ignored }
    },
    serialize: (params) => ({ query: params.view ? serializeViewQuery(params.view) : undefined }),
  },
  load: () => import('./ProjectsView').then((m) => ({ default: m.ProjectsView })),
  // In the language the UI is switching to before its first render (main.tsx), not the one it starts in.
  preload: () => preloadProjectsData(preferredLanguage()),
})

/** The address of a Projects view; without one, the view the user had last. */
export function projectsHref(view?: ProjectsViewState): string {
  return hrefTo(projectsView, { view })
}

/** The read side of a view's query, for a saved view or a remembered one. */
export function readViewQuery(query: string): ProjectsViewState {
  return parseViewQuery(new URLSearchParams(query), { sortable: SORTABLE_COLUMNS }).state
}

/**
 * The table showing the projects these filters pick, the rest of the view as it comes by default:
 * for other views' "show these projects" links (Insights' charts, What's new).
 */
export function projectsWithFilters(filters: Partial<ProjectFilters>, view: Partial<Omit<ProjectsViewState, 'filters'>> = {}): string {
  return projectsHref({ ...DEFAULT_VIEW_STATE, ...view, filters: { ...DEFAULT_FILTERS, maturity: [], ...filters } })
}
