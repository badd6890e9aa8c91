import { useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Popover from '@mui/material/Popover'
import Typography from '@mui/material/Typography'
import CloudDoneIcon from '@mui/icons-material/CloudDoneOutlined'
import WarningIcon from '@mui/icons-material/WarningAmberOutlined'
import { useTranslation } from 'react-i18next'
import { useDatasetMeta } from '../db/hooks'
import { useDataStatus } from '../store/data-status-store'
import { formatDate } from './format'

/** "Data from 7 Aug 2026", or a warning with the reason one click away. */
export function DataStatusIndicator() {
  const { t, i18n } = useTranslation()
  const status = useDataStatus((s) => s.status)
  const meta = useDatasetMeta()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const date = formatDate(meta?.source.date, i18n.language)

  if (status.state === 'failed' && meta) {
    return (
      <>
        <Button size="small" color="warning" startIcon={<WarningIcon />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="dialog">
          {t('status.failedWithCache', { date, message: status.error.message })}
        </Button>
        <Popover open={anchor !== null} anchorEl={anchor} onClose={() => setAnchor(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }} transformOrigin={{ vertical: 'top', horizontal: 'right' }}>
          <Box sx={{ p: 2, maxWidth: 480 }} role="dialog" aria-label={t('status.details')}>
            <Typography variant="subtitle2" gutterBottom>{status.error.message}</Typography>
            <Typography component="pre" variant="caption" sx={{ whiteSpace: 'pre-wrap', m: 0 }}>{status.error.detail}</Typography>
          </Box>
        </Popover>
      </>
    )
  }
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 0.75, color: 'text.secondary', fontSize: 12.5 }}>
      {meta && <CloudDoneIcon fontSize="small" aria-hidden="true" />}
      <span>{status.state === 'checking' && !meta ? t('status.checking') : meta ? t(status.state === 'ready' && status.outcome === 'updated' ? 'status.updated' : 'status.ready', { date }) : ''}</span>
    </Box>
  )
}
