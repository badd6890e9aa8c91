import SettingsIcon from '@mui/icons-material/SettingsOutlined'
import { defineView } from '../../registry/view'

export const settingsView = defineView({
  id: 'settings',
  path: '/settings',
  sidebar: { label: 'nav.settings', icon: SettingsIcon, order: 90 },
  load: () => import('./SettingsView').then((m) => ({ default: m.SettingsView })),
})
