import NewIcon from '@mui/icons-material/NewReleasesOutlined'
import { defineView } from '../../registry/view'

export const whatsNewView = defineView({
  id: 'whats-new',
  path: '/whats-new',
  sidebar: { label: 'nav.whatsNew', icon: NewIcon, order: 80 },
  load: () => import('./WhatsNewView').then((m) => ({ default: m.WhatsNewView })),
})
