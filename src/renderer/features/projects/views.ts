import ViewListIcon from '@mui/icons-material/ViewListOutlined'
import { defineView } from '../../registry/view'

/** The table of every project; the app opens here. */
export const projectsView = defineView({
  id: 'projects',
  path: '/projects',
  isDefault: true,
  sidebar: { label: 'nav.projects', icon: ViewListIcon, order: 10 },
  load: () => import('./ProjectsView').then((m) => ({ default: m.ProjectsView })),
})
