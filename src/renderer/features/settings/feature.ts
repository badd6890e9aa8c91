import { defineFeature } from '../../registry/feature'
import { settingsView } from './views'

export const feature = defineFeature({ id: 'settings', views: [settingsView] })
