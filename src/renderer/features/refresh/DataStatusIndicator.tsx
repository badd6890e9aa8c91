import { useId, useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import CircularProgress from '@mui/material/CircularProgress'
import Divider from '@mui/material/Divider'
import Link from '@mui/material/Link'
import Popover from '@mui/material/Popover'
import Typography from '@mui/material/Typography'
import CloudDoneIcon from '@mui/icons-material/CloudDoneOutlined'
import CloudOffIcon from '@mui/icons-material/CloudOffOutlined'
import WarningIcon from '@mui/icons-material/WarningAmberOutlined'
import { useTranslation } from 'react-i18next'
import { useDatasetMeta } from '../../db/hooks'
import { hrefTo } from '../../registry/view'
import { useDataStatus } from '../../store/data-status-store'
import { useRefreshSettings } from '../../store/refresh-settings-store'
import { useRefreshStore } from '../../store/refresh-store'
import { formatDate } from '../../components/format'
import { settingsView } from '../settings/views'
import { whatsNewView } from '../whats-new/views'
import { progressPercent } from './labels'
import { RefreshControls } from './RefreshControls'
import { DataOrigin } from './DataOrigin'

/**
 * The top bar's data status: "Data from 7 Aug 2026", "Refreshing… 40%", or plainly "Offline:
 * data from 12 Aug 2026" when a refresh could not reach any source. One click opens the details,
 * the reason for a failure, and "Refresh now" with its progress.
 */
export function DataStatusIndicator() {
  const { t, i18n } = useTranslation()
  const status = useDataStatus((s) => s.status)
  const refresh = useRefreshStore((s) => s.status)
  const autoRefreshDays = useRefreshSettings((s) => s.autoRefreshDays)
  const meta = useDatasetMeta()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const popoverId = useId()
  const date = formatDate(meta?.source.date, i18n.language)

  if (!meta) {
    return (
      <Box role="status" sx={{ color: 'text.secondary', fontSize: 12.5 }}>
        {status.state === 'checking' ? t('status.checking') : ''}
      </Box>
    )
  }

  const startupFailed = status.state === 'failed'
  const refreshFailed = refresh.phase === 'failed' && refresh.failure.kind !== 'cancelled'
  const offline = refresh.phase === 'failed' && refresh.failure.kind === 'offline'
  let label: string
  if (refresh.phase === 'running') {
    const percent = progressPercent(refresh.progress)
    label = percent === undefined ? t('status.refreshing') : t('status.refreshingPercent', { percent })
  } else if (offline) label = t('status.offline', { date })
  else if (refreshFailed) label = t('status.refreshFailed', { date })
  else if (startupFailed) label = t('status.failedWithCache', { date, message: status.error.message })
  else label = t(status.state === 'ready' && status.outcome === 'updated' ? 'status.updated' : 'status.ready', { date })
  const warn = refreshFailed || (startupFailed && refresh.phase !== 'running')
  const icon = refresh.phase === 'running'
    ? <CircularProgress size={14} aria-hidden="true" />
    : offline ? <CloudOffIcon fontSize="small" /> : warn ? <WarningIcon fontSize="small" /> : <CloudDoneIcon fontSize="small" />

  return (
    <>
      <Button
        size="small"
        color={warn ? 'warning' : 'inherit'}
        startIcon={icon}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? popoverId : undefined}
        data-testid="data-status"
        sx={{ color: warn ? undefined : 'text.secondary', fontWeight: 500, textTransform: 'none', fontSize: 12.5 }}
      >
        <span aria-live="polite">{label}</span>
      </Button>
      <Popover
        id={popoverId}
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
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
            <Link href={hrefTo(whatsNewView)} onClick={() => setAnchor(null)}>{t('refresh.whatsNew')}</Link>
            <Link href={hrefTo(settingsView)} onClick={() => setAnchor(null)}>{t('refresh.settings')}</Link>
          </Box>
        </Box>
      </Popover>
    </>
  )
}
