import RadarIcon from '@mui/icons-material/Radar'
import { defineView } from '../../registry/view'

/** The personal tech radar: quadrants of categories, rings from statuses. */
export const radarView = defineView({
  id: 'radar',
  path: '/radar',
  sidebar: { label: 'radar.title', icon: RadarIcon, order: 55 },
  load: () => import('./RadarView').then((m) => ({ default: m.RadarView })),
})
