import { defineFeature } from '../../registry/feature'
import { insightsView } from './views'

// Only the sidebar's word loads with the app; the view's strings come with its code (messages.ts).
export const feature = defineFeature({
  id: 'insights',
  views: [insightsView],
  messages: { en: { insights: { nav: 'Insights' } }, ru: async () => ({ insights: { nav: 'Аналитика' } }) },
})
