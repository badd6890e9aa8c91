import { defineFeature, defineDetailSection } from '../../registry/feature'
import { projectView } from './views'

const sections = () => import('./sections')

export const feature = defineFeature({
  id: 'project-detail',
  views: [projectView],
  detailSections: [
    defineDetailSection({ id: 'timeline', column: 'main', order: 10, load: () => sections().then((m) => ({ default: m.TimelineSection })) }),
    defineDetailSection({ id: 'highlights', column: 'main', order: 20, load: () => sections().then((m) => ({ default: m.HighlightsSection })) }),
    defineDetailSection({ id: 'upstream', column: 'main', order: 30, load: () => sections().then((m) => ({ default: m.UpstreamSection })) }),
    defineDetailSection({ id: 'figures', column: 'main', order: 40, load: () => sections().then((m) => ({ default: m.FiguresSection })) }),
    defineDetailSection({ id: 'facts', column: 'main', order: 50, load: () => sections().then((m) => ({ default: m.FactsSection })) }),
    defineDetailSection({ id: 'links', column: 'side', order: 90, load: () => sections().then((m) => ({ default: m.LinksSection })) }),
  ],
})
