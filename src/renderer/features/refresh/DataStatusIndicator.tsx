import { lazy, Suspense, useId, useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import CircularProgress from '@mui/material/CircularProgress'
import CloudDoneIcon from '@mui/icons-material/CloudDoneOutlined'
import CloudOffIcon from '@mui/icons-material/CloudOffOutlined'
import WarningIcon from '@mui/icons-material/WarningAmberOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import { useDatasetMeta } from '../../db/hooks'
import { useDataStatus } from '../../store/data-status-store'
import { useRefreshStore } from '../../store/refresh-store'
import { formatDate } from '../../components/format'
import { progressPercent } from './labels'

// The details and "Refresh now" load on the first click (or hover), not before the first rows.
const loadPopover = () => import('./DataStatusPopover')
const DataStatusPopover = lazy(loadPopover)

/**
 * The top bar's data status: "Data from 7 Aug 2026", "Refreshing… 40%", or plainly "Offline:
 * data from 12 Aug 2026" when a refresh could not reach any source. One click opens the details,
 * the reason for a failure, and "Refresh now" with its progress.
 */
export function DataStatusIndicator() {
  const { t, i18n } = useTranslation()
  const status = useDataStatus((s) => s.status)
  const refresh = useRefreshStore((s) => s.status)
  const meta = useDatasetMeta()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  // Once opened, the popover stays mounted, so it closes with its transition.
  const [opened, setOpened] = useState(false)
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
        onClick={(e) => { setAnchor(e.currentTarget); setOpened(true) }}
        onPointerEnter={() => void loadPopover()}
        onFocus={() => void loadPopover()}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? popoverId : undefined}
        data-testid="data-status"
        sx={{ color: warn ? undefined : 'text.secondary', fontWeight: 500, textTransform: 'none', fontSize: 12.5 }}
      >
        <span aria-live="polite">{label}</span>
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <DataStatusPopover id={popoverId} anchor={anchor} meta={meta} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  )
}
