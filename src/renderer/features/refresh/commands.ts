import RefreshIcon from '@mui/icons-material/Refresh'
import { useTranslation } from '../../i18n/useTranslation'
import type { PaletteCommand } from '../../registry/feature'
import { startRefresh } from './refresh-controller'

/** The palette's "refresh the data now". */
export function useRefreshCommands(): PaletteCommand[] {
  const { t } = useTranslation()
  return [{ id: 'refresh', group: 'actions', icon: RefreshIcon, label: t('refreshCommands.refresh'), keywords: [t('refreshCommands.keywords')], run: () => void startRefresh() }]
}
