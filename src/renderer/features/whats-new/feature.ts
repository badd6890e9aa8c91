import { defineFeature } from '../../registry/feature'
import { whatsNewView } from './views'

export const feature = defineFeature({ id: 'whats-new', views: [whatsNewView] })
