import Box from '@mui/material/Box'
import Divider from '@mui/material/Divider'
import Link from '@mui/material/Link'
import Popover from '@mui/material/Popover'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import type { DatasetMeta } from '../../db/database'
import { hrefTo } from '../../registry/view'
import { useDataStatus } from '../../store/data-status-store'
import { useRefreshSettings } from '../../store/refresh-settings-store'
import { useRefreshStore } from '../../store/refresh-store'
import { settingsView } from '../settings/views'
import { whatsNewView } from '../whats-new/views'
import { RefreshControls } from './RefreshControls'
import { DataOrigin } from './DataOrigin'

/**
 * The data status's details: where the data comes from, why the start-up or a refresh failed,
 * and "Refresh now". Loaded on the first click (DataStatusIndicator), not before the first rows.
 */
export default function DataStatusPopover({ id, anchor, meta, onClose }: { id: string; anchor: HTMLElement | null; meta: DatasetMeta; onClose: () => void }) {
  const { t } = useTranslation()
  const status = useDataStatus((s) => s.status)
  const refresh = useRefreshStore((s) => s.status)
  const autoRefreshDays = useRefreshSettings((s) => s.autoRefreshDays)
  const startupFailed = status.state === 'failed'
  return (
    <Popover
      id={id}
      open={anchor !== null}
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ paper: { role: 'dialog', 'aria-label': t('status.menu'), sx: { width: 420, maxWidth: 'calc(100vw - 32px)' } } as object }}
    >
      <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>{t('refresh.title')}</Typography>
        <DataOrigin meta={meta} />
        {refresh.phase === 'running' && refresh.automatic && (
          <Typography variant="body2" color="text.secondary">{t('refresh.automatic', { count: autoRefreshDays })}</Typography>
        )}
        {startupFailed && (
          <Box>
            <Typography variant="subtitle2">{status.error.message}</Typography>
            {status.error.detail && <Typography component="pre" variant="caption" sx={{ whiteSpace: 'pre-wrap', m: 0 }}>{status.error.detail}</Typography>}
          </Box>
        )}
        <RefreshControls />
        <Divider />
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', fontSize: 14 }}>
          <Link href={hrefTo(whatsNewView)} onClick={onClose}>{t('refresh.whatsNew')}</Link>
          <Link href={hrefTo(settingsView)} onClick={onClose}>{t('refresh.settings')}</Link>
        </Box>
      </Box>
    </Popover>
  )
}
