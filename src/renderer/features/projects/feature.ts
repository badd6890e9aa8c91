import { defineFeature } from '../../registry/feature'
import { GlobalSearch } from './GlobalSearch'
import { messages } from './messages'
import { projectsView } from './views'

export const feature = defineFeature({
  id: 'projects',
  views: [projectsView],
  shell: [{ slot: 'top-bar-start', order: 10, component: GlobalSearch }],
  messages,
})
