import InsightsIcon from '@mui/icons-material/InsightsOutlined'
import { defineView } from '../../registry/view'

export interface InsightsParams {
  /** The scope as the address writes it (shared/insights/scope-text.ts reads it, with the view's code). */
  scope?: string
}

/** Charts of the Sandbox over time; the chart library loads with this view, never at start. */
export const insightsView = defineView<InsightsParams>({
  id: 'insights',
  path: '/insights',
  params: {
    parse: (_path, query) => {
      const scope = query.get('scope')?.slice(0, 300)
      return scope ? { scope } : {}
    },
    serialize: ({ scope }) => ({ query: scope ? new URLSearchParams({ scope }) : undefined }),
  },
  sidebar: { label: 'insights.nav', icon: InsightsIcon, order: 60 },
  idlePrefetch: false,
  load: () => import('./InsightsView').then((m) => ({ default: m.InsightsView })),
})
