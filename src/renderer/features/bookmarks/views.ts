import StarIcon from '@mui/icons-material/StarBorderOutlined'
import { defineView } from '../../registry/view'

export const bookmarksView = defineView({
  id: 'bookmarks',
  path: '/bookmarks',
  sidebar: { label: 'nav.bookmarks', icon: StarIcon, order: 30 },
  load: () => import('./BookmarksView').then((m) => ({ default: m.BookmarksView })),
})
