import { defineFeature } from '../../registry/feature'
import { en } from './messages'
import { boardView } from './views'

export const feature = defineFeature({ id: 'board', views: [boardView], messages: { en, ru: () => import('./messages.ru').then((m) => m.ru) } })
