import { defineFeature } from '../../registry/feature'
import { en } from './messages'
import { projectsView } from './views'

export const feature = defineFeature({
  id: 'projects',
  views: [projectsView],
  // Saved views are palette entries too.
  commands: [() => import('./commands').then((m) => m.useSavedViewCommands)],
  messages: { en, ru: () => import('./messages.ru').then((m) => m.ru) },
})
