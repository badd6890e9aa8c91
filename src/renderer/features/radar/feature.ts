import { defineFeature, defineSettingsSection } from '../../registry/feature'
import { en } from './messages'
import { radarView } from './views'

export const feature = defineFeature({
  id: 'radar',
  views: [radarView],
  settingsSections: [
    defineSettingsSection({ id: 'radar', order: 30, load: () => import('./RadarSettings').then((m) => ({ default: m.RadarSettings })) }),
  ],
  messages: { en, ru: () => import('./messages.ru').then((m) => m.ru) },
})
