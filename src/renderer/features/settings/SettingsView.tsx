import Box from '@mui/material/Box'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormLabel from '@mui/material/FormLabel'
import Paper from '@mui/material/Paper'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Typography from '@mui/material/Typography'
import { Suspense } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { Attribution } from '../../components/Attribution'
import { formatDate } from '../../components/format'
import { useDatasetMeta } from '../../db/hooks'
import { settingsSections } from '../../registry/registry'
import { useSettingsStore, type LanguagePreference, type ThemePreference } from '../../store/settings-store'
import { BackupSection } from './BackupSection'
import { RefreshSection } from './RefreshSection'
import { HealthSourcesSection } from '../health/HealthSourcesSection'
import { formatDateTime, hostOf } from '../../components/format'

export function SettingsView() {
  const { t, i18n } = useTranslation()
  const language = useSettingsStore((s) => s.language)
  const theme = useSettingsStore((s) => s.theme)
  const setLanguage = useSettingsStore((s) => s.setLanguage)
  const setTheme = useSettingsStore((s) => s.setTheme)
  const meta = useDatasetMeta()

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 760 }}>
      <Typography variant="h1">{t('settings.title')}</Typography>
      <Paper variant="outlined" sx={{ p: 2, display: 'flex', gap: 6, flexWrap: 'wrap' }}>
        <FormControl>
          <FormLabel id="settings-language">{t('settings.language')}</FormLabel>
          <RadioGroup aria-labelledby="settings-language" value={language} onChange={(e) => setLanguage(e.target.value as LanguagePreference)}>
            <FormControlLabel value="system" control={<Radio size="small" />} label={t('settings.languageSystem')} />
            <FormControlLabel value="en" control={<Radio size="small" />} label="English" lang="en" />
            <FormControlLabel value="ru" control={<Radio size="small" />} label="Русский" lang="ru" />
          </RadioGroup>
        </FormControl>
        <FormControl>
          <FormLabel id="settings-theme">{t('settings.theme')}</FormLabel>
          <RadioGroup aria-labelledby="settings-theme" value={theme} onChange={(e) => setTheme(e.target.value as ThemePreference)}>
            <FormControlLabel value="system" control={<Radio size="small" />} label={t('settings.themeSystem')} />
            <FormControlLabel value="light" control={<Radio size="small" />} label={t('settings.themeLight')} />
            <FormControlLabel value="dark" control={<Radio size="small" />} label={t('settings.themeDark')} />
          </RadioGroup>
        </FormControl>
      </Paper>
      {settingsSections().map(({ id, component: Section }) => <Suspense key={id} fallback={null}><Section /></Suspense>)}
      <BackupSection />
      <Paper variant="outlined" component="section" aria-labelledby="settings-data" sx={{ p: 2 }}>
        <Typography variant="h2" id="settings-data" sx={{ mb: 1 }}>{t('settings.data')}</Typography>
        {meta && (
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, '& dd': { m: 0 } }}>
            <dt>{t('settings.dataSource')}</dt><dd>{meta.source.name} · {meta.source.live ? hostOf(meta.source.url) : meta.source.revision.slice(0, 12)} · {formatDate(meta.source.date, i18n.language)}</dd>
            <dt>{t('settings.projectsCount')}</dt><dd>{meta.projectCount}</dd>
            <dt>{t('settings.dataVersion')}</dt><dd><code>{meta.version}</code></dd>
            <dt>{t('settings.dataOrigin')}</dt>
            <dd>{meta.origin === 'refresh' ? t('settings.originRefreshed', { time: formatDateTime(meta.refreshedAt, i18n.language) }) : t('settings.originBundled')}</dd>
            <dt>{t('settings.dataCached')}</dt><dd>{formatDate(meta.cachedAt, i18n.language)}</dd>
          </Box>
        )}
        <Box sx={{ mt: 1.5 }}><Attribution source={meta?.source} /></Box>
      </Paper>
      <RefreshSection />
      <HealthSourcesSection />
    </Box>
  )
}
