import { defineDetailSection, defineFeature } from '../../registry/feature'
import { en } from './messages.en'

/**
 * Health and trends (issue 14): figures from CLOMonitor, OpenSSF Best Practices and LFX Insights
 * read at refresh and kept over time. Its parts elsewhere (table columns and facets, Compare rows,
 * What's new, Settings) are listed where those views compose their entries.
 */
export const feature = defineFeature({
  id: 'health',
  detailSections: [
    defineDetailSection({ id: 'health', column: 'main', order: 45, load: () => import('./HealthSection').then((m) => ({ default: m.HealthSection })) }),
  ],
  messages: { en, ru: () => import('./messages.ru').then((m) => m.ru) },
})
