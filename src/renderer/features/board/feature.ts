import { defineFeature } from '../../registry/feature'
import { messages } from './messages'
import { boardView } from './views'

export const feature = defineFeature({ id: 'board', views: [boardView], messages })
