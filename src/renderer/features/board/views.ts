import ViewKanbanIcon from '@mui/icons-material/ViewKanbanOutlined'
import { preferredLanguage } from '../../i18n'
import { defineView } from '../../registry/view'
import { preloadProjectsData } from '../projects/useFilteredProjects'

/** A column per status, a card per project; the Projects filters apply. */
export const boardView = defineView({
  id: 'board',
  path: '/board',
  sidebar: { label: 'board.title', icon: ViewKanbanIcon, order: 50 },
  load: () => import('./BoardView').then((m) => ({ default: m.BoardView })),
  // The Projects filters' rows and the user's statuses, for the first render (when the app opens here).
  preload: () => preloadProjectsData(preferredLanguage()),
})
