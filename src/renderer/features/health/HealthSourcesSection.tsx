import { useEffect, useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import { DEFAULT_HEALTH_URLS } from '../../../shared/health/default-urls'
import { HEALTH_SOURCES, type FigureSourceId, type HealthSourceId } from '../../../shared/health/schema'
import { isHttpUrl } from '../../../shared/url'
import { formatDateTime, formatSize } from '../../components/format'
import type { SourceStatusRecord } from '../../db/database'
import { useSnapshots, useSourceStatuses } from '../../db/health'
import { useHealthSettings } from '../../store/health-settings-store'
import { failureReason, sourceName } from './labels'

/** A source's last status in one line: what it brought, or why it failed and that its old figures stay. */
export function SourceStatusLine({ source, status }: { source: FigureSourceId; status: SourceStatusRecord | undefined }) {
  const { t, i18n } = useTranslation()
  const date = formatDateTime(status?.at, i18n.language)
  return (
    <Typography variant="body2" color={status && !status.ok ? 'warning.main' : 'text.secondary'} data-testid={`source-status-${source}`}>
      {!status ? t('health.settings.never')
        : status.ok ? t('health.settings.lastOk', { date, count: status.projects ?? 0 })
        : t('health.settings.lastFailed', { date, reason: failureReason(t, status.error ?? { kind: 'bad-shape', message: '' }) })}
    </Typography>
  )
}

function SourceRow({ source, status }: { source: HealthSourceId; status: SourceStatusRecord | undefined }) {
  const { t } = useTranslation()
  const setting = useHealthSettings((s) => s.sources[source])
  const { setEnabled, setUrl } = useHealthSettings.getState()
  const [draft, setDraft] = useState(setting.url)
  useEffect(() => setDraft(setting.url), [setting.url])
  const valid = isHttpUrl(draft.trim())
  const name = sourceName(t, source)
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      <FormControlLabel
        control={<Checkbox size="small" checked={setting.enabled} onChange={(e) => setEnabled(source, e.target.checked)} />}
        label={t('health.settings.use', { source: name })}
      />
      <TextField
        label={t('health.settings.url', { source: name })}
        value={draft}
        size="small"
        fullWidth
        type="url"
        disabled={!setting.enabled}
        placeholder={DEFAULT_HEALTH_URLS[source]}
        error={!valid}
        helperText={valid ? undefined : t('settings.invalidUrl')}
        onChange={(e) => {
          setDraft(e.target.value)
          if (isHttpUrl(e.target.value.trim())) setUrl(source, e.target.value)
        }}
        slotProps={{ htmlInput: { spellCheck: false, 'data-testid': `health-source-${source}` } }}
      />
      <SourceStatusLine source={source} status={status} />
    </Box>
  )
}

/** Settings → Health sources: each source on or off, its address (a mirror), its last status, and the history kept. */
export function HealthSourcesSection() {
  const { t, i18n } = useTranslation()
  const statuses = useSourceStatuses()
  const snapshots = useSnapshots()
  const sources = useHealthSettings((s) => s.sources)
  const isDefault = HEALTH_SOURCES.every((id) => sources[id].url === DEFAULT_HEALTH_URLS[id])
  // Close to what IndexedDB keeps: the snapshots as JSON, one byte a character.
  const historyBytes = (snapshots ?? []).reduce((sum, s) => sum + JSON.stringify(s).length, 0)
  return (
    <Paper variant="outlined" component="section" aria-labelledby="settings-health" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box>
        <Typography variant="h2" id="settings-health" sx={{ mb: 0.5 }}>{t('health.settings.title')}</Typography>
        <Typography variant="body2" color="text.secondary">{t('health.settings.body')}</Typography>
      </Box>
      {HEALTH_SOURCES.map((source) => <SourceRow key={source} source={source} status={statuses?.get(source)} />)}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Box sx={{ flex: 1, display: 'flex', flexDirection: 'column', gap: 0.25 }}>
          <Typography variant="body2" color="text.secondary">
            {sourceName(t, 'landscape')}: {t('health.settings.landscapeNote')}
          </Typography>
          <SourceStatusLine source="landscape" status={statuses?.get('landscape')} />
          {snapshots && snapshots.length > 0 && (
            <Typography variant="body2" color="text.secondary">{t('health.settings.history', { count: snapshots.length, size: formatSize(historyBytes, i18n.language) })}</Typography>
          )}
        </Box>
        <Button size="small" onClick={() => useHealthSettings.getState().resetUrls()} disabled={isDefault}>{t('health.settings.reset')}</Button>
      </Box>
    </Paper>
  )
}
