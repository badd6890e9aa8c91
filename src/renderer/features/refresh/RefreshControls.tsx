import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import LinearProgress from '@mui/material/LinearProgress'
import Typography from '@mui/material/Typography'
import RefreshIcon from '@mui/icons-material/Refresh'
import { useTranslation } from '../../i18n/useTranslation'
import { configuredSources, useRefreshSettings } from '../../store/refresh-settings-store'
import { useRefreshStore } from '../../store/refresh-store'
import { attemptLine, failureDetail, progressPercent, stageLabel } from './labels'
import { cancelRefresh, startRefresh } from './refresh-controller'
import { HealthOutcomeLines } from '../health/HealthOutcomeLines'
import { configuredHealthSources, useHealthSettings } from '../../store/health-settings-store'

/**
 * "Refresh now" with its progress, Cancel, and the last refresh's outcome: the one control
 * used in the top bar's status popover, in Settings and on What's new.
 */
export function RefreshControls() {
  const { t, i18n } = useTranslation()
  const status = useRefreshStore((s) => s.status)
  const urls = useRefreshSettings((s) => s.urls)
  const healthSources = useHealthSettings((s) => s.sources)
  const hasSources = configuredSources(urls).length > 0 || configuredHealthSources(healthSources).length > 0

  if (status.phase === 'running') {
    const percent = progressPercent(status.progress)
    return (
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }} data-testid="refresh-progress">
        <Typography variant="body2" role="status" aria-live="polite">{stageLabel(status.progress, t, i18n.language)}</Typography>
        <LinearProgress
          variant={percent === undefined ? 'indeterminate' : 'determinate'}
          value={percent ?? 0}
          aria-label={t('refresh.progressLabel')}
        />
        <Button size="small" onClick={cancelRefresh} sx={{ alignSelf: 'flex-start' }}>{t('refresh.cancel')}</Button>
      </Box>
    )
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Button variant="contained" size="small" startIcon={<RefreshIcon />} disabled={!hasSources} onClick={() => void startRefresh()}>
          {t('refresh.now')}
        </Button>
        {!hasSources && <Typography variant="body2" color="text.secondary">{t('settings.noSources')}</Typography>}
      </Box>
      {status.phase === 'failed' && (
        <Alert severity={status.failure.kind === 'cancelled' ? 'info' : 'warning'} role="alert" data-testid="refresh-outcome">
          <Box>{t(`refresh.failure.${status.failure.kind}`)}</Box>
          {status.failure.attempts.length > 0 && (
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
              {status.failure.attempts.map((attempt) => <li key={`${attempt.format}:${attempt.url}`}>{attemptLine(attempt, t)}</li>)}
            </Box>
          )}
          {failureDetail(status.failure) && (
            <Box component="details" sx={{ mt: 0.5 }}>
              <summary>{t('refresh.technical')}</summary>
              <Box component="pre" lang="en" sx={{ m: 0, mt: 0.5, whiteSpace: 'pre-wrap', fontSize: 12, overflowWrap: 'anywhere' }}>{failureDetail(status.failure)}</Box>
            </Box>
          )}
          <HealthOutcomeLines outcomes={status.health} />
        </Alert>
      )}
      {status.phase === 'done' && (
        <Alert severity="success" data-testid="refresh-outcome">
          <Box>{status.changeCount === 0 ? t('refresh.doneNone') : t('refresh.done', { count: status.changeCount })}</Box>
          {status.logos && (status.logos.stored + status.logos.refused + status.logos.failed > 0) && (
            <Box sx={{ color: 'text.secondary', fontSize: 13 }}>{t('refresh.logos', status.logos)}</Box>
          )}
          <HealthOutcomeLines outcomes={status.health} />
        </Alert>
      )}
    </Box>
  )
}
