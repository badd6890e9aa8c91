import { defineDetailSection, defineFeature } from '../../registry/feature'
import { bookmarksView } from './views'

export const feature = defineFeature({
  id: 'bookmarks',
  views: [bookmarksView],
  detailSections: [
    defineDetailSection({ id: 'your-data', column: 'side', order: 10, load: () => import('./ProjectUserPanel').then((m) => ({ default: m.ProjectUserPanel })) }),
  ],
})
