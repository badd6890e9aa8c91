import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'
import ErrorIcon from '@mui/icons-material/ErrorOutlineOutlined'
import { useTranslation } from '../i18n/useTranslation'
import type { DatasetLoadError } from '../../shared/ipc/contract'

/** Full-screen message when there is neither a bundled dataset nor a cached copy. */
export function StartupError({ error, onRetry }: { error: DatasetLoadError; onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <Box role="alert" sx={{ m: 'auto', maxWidth: 560, p: 4, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <ErrorIcon color="error" sx={{ fontSize: 40 }} aria-hidden="true" />
      <Typography variant="h1">{t('startup.title')}</Typography>
      <Typography>{t('startup.body')}</Typography>
      <Typography sx={{ fontWeight: 600 }}>{error.message}</Typography>
      {error.detail && (
        <Box component="details" sx={{ fontSize: 12, color: 'text.secondary' }}>
          <summary>{t('status.details')}</summary>
          <Box component="pre" sx={{ whiteSpace: 'pre-wrap' }}>{error.detail}</Box>
        </Box>
      )}
      <Typography variant="body2" color="text.secondary">{t('startup.hint')}</Typography>
      <Box><Button variant="contained" onClick={onRetry}>{t('startup.retry')}</Button></Box>
    </Box>
  )
}
