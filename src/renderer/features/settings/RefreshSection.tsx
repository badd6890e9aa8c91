import { useEffect, useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import type { SourceFormat } from '../../../shared/refresh/schema'
import { AUTO_REFRESH_DAYS } from '../../../shared/refresh/schedule'
import { isHttpUrl } from '../../../shared/url'
import { isDesktop } from '../../bridge'
import { DEFAULT_URLS, useRefreshSettings } from '../../store/refresh-settings-store'
import { RefreshControls } from '../refresh/RefreshControls'

/** One source URL: saved as typed when valid (or empty, to skip it), else an inline error. */
function SourceField({ format, label }: { format: SourceFormat; label: string }) {
  const { t } = useTranslation()
  const saved = useRefreshSettings((s) => s.urls[format])
  const setUrl = useRefreshSettings((s) => s.setUrl)
  const [draft, setDraft] = useState(saved)
  useEffect(() => setDraft(saved), [saved])
  const valid = draft.trim() === '' || isHttpUrl(draft.trim())
  return (
    <TextField
      label={label}
      value={draft}
      size="small"
      fullWidth
      type="url"
      placeholder={DEFAULT_URLS[format]}
      error={!valid}
      helperText={valid ? undefined : t('settings.invalidUrl')}
      onChange={(e) => {
        setDraft(e.target.value)
        if (e.target.value.trim() === '' || isHttpUrl(e.target.value.trim())) setUrl(format, e.target.value)
      }}
      slotProps={{ htmlInput: { spellCheck: false, 'data-testid': `source-${format}` } }}
    />
  )
}

/** Where refreshes come from, whether logos come along, the automatic refresh, and Refresh now. */
export function RefreshSection() {
  const { t } = useTranslation()
  const logos = useRefreshSettings((s) => s.logos)
  const autoRefresh = useRefreshSettings((s) => s.autoRefresh)
  const days = useRefreshSettings((s) => s.autoRefreshDays)
  const urls = useRefreshSettings((s) => s.urls)
  const notifyChanges = useRefreshSettings((s) => s.notifyChanges)
  const { setLogos, setAutoRefresh, setAutoRefreshDays, setNotifyChanges, resetUrls } = useRefreshSettings.getState()
  const [daysDraft, setDaysDraft] = useState(String(days))
  useEffect(() => setDaysDraft(String(days)), [days])
  const isDefault = urls.api === DEFAULT_URLS.api && urls.yaml === DEFAULT_URLS.yaml

  return (
    <Paper variant="outlined" component="section" aria-labelledby="settings-refresh" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box>
        <Typography variant="h2" id="settings-refresh" sx={{ mb: 0.5 }}>{t('settings.refreshTitle')}</Typography>
        <Typography variant="body2" color="text.secondary">{t('settings.refreshBody')}</Typography>
      </Box>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <SourceField format="api" label={t('settings.apiUrl')} />
        <SourceField format="yaml" label={t('settings.yamlUrl')} />
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <FormHelperText sx={{ m: 0, flex: 1 }}>{t('settings.urlHelp')}</FormHelperText>
          <Button size="small" onClick={resetUrls} disabled={isDefault}>{t('settings.resetUrls')}</Button>
        </Box>
      </Box>
      <Box>
        <FormControlLabel control={<Checkbox size="small" checked={logos} onChange={(e) => setLogos(e.target.checked)} />} label={t('settings.logos')} />
        <FormHelperText sx={{ mt: -0.5, ml: 4 }}>{t('settings.logosHelp')}</FormHelperText>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <FormControlLabel
          sx={{ mr: 0.5 }}
          control={<Checkbox size="small" checked={autoRefresh} onChange={(e) => setAutoRefresh(e.target.checked)} />}
          label={t('settings.autoRefresh')}
        />
        <TextField
          size="small"
          type="number"
          value={daysDraft}
          disabled={!autoRefresh}
          onChange={(e) => setDaysDraft(e.target.value)}
          onBlur={() => setAutoRefreshDays(Number(daysDraft))}
          onKeyDown={(e) => { if (e.key === 'Enter') setAutoRefreshDays(Number(daysDraft)) }}
          slotProps={{ htmlInput: { min: AUTO_REFRESH_DAYS.min, max: AUTO_REFRESH_DAYS.max, 'aria-label': t('settings.autoRefreshDays'), style: { width: 56 } } }}
        />
        <Typography variant="body2" color={autoRefresh ? 'text.primary' : 'text.disabled'}>{t('settings.days', { count: days })}</Typography>
      </Box>
      {isDesktop() && (
        <FormControlLabel
          sx={{ mt: -1.5, ml: 2 }}
          disabled={!autoRefresh}
          control={<Checkbox size="small" checked={notifyChanges} onChange={(e) => setNotifyChanges(e.target.checked)} />}
          label={t('settings.notifyChanges')}
        />
      )}
      <RefreshControls />
    </Paper>
  )
}
