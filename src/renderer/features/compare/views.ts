import CompareIcon from '@mui/icons-material/CompareArrowsOutlined'
import { defineView, hrefTo } from '../../registry/view'

export interface CompareParams {
  /** Projects to compare, from a shared link (#/compare?ids=a,b,c); absent: the current picks. */
  ids?: string[]
}

export const compareView = defineView<CompareParams>({
  id: 'compare',
  path: '/compare',
  params: {
    parse: (_path, query) => {
      const ids = query.get('ids')?.split(',').map((id) => id.trim()).filter(Boolean)
      return ids?.length ? { ids } : {}
    },
    serialize: ({ ids }) => ({ query: ids?.length ? new URLSearchParams({ ids: ids.join(',') }) : undefined }),
  },
  sidebar: { label: 'nav.compare', icon: CompareIcon, order: 20 },
  load: () => import('./CompareView').then((m) => ({ default: m.CompareView })),
})

export const compareHref = (ids?: string[]): string => hrefTo(compareView, { ids })
