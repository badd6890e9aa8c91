import DarkModeIcon from '@mui/icons-material/DarkModeOutlined'
import LightModeIcon from '@mui/icons-material/LightModeOutlined'
import TranslateIcon from '@mui/icons-material/Translate'
import SaveIcon from '@mui/icons-material/SaveAltOutlined'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useTranslation } from '../../i18n/useTranslation'
import type { PaletteCommand } from '../../registry/feature'
import { useSettingsStore } from '../../store/settings-store'
import { useBackup } from './useBackup'

/** The palette's appearance and backup actions: theme, language, export a backup. */
export function useSettingsCommands(): PaletteCommand[] {
  const { t, i18n } = useTranslation()
  const theme = useSettingsStore((s) => s.theme)
  const setTheme = useSettingsStore((s) => s.setTheme)
  const setLanguage = useSettingsStore((s) => s.setLanguage)
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true })
  const { exportBackup } = useBackup()
  const dark = theme === 'system' ? systemDark : theme === 'dark'
  const russian = i18n.language === 'ru'
  return [
    {
      id: 'theme', group: 'actions', icon: dark ? LightModeIcon : DarkModeIcon,
      label: t(dark ? 'settingsCommands.lightTheme' : 'settingsCommands.darkTheme'),
      keywords: [t('settingsCommands.themeKeywords')],
      run: () => setTheme(dark ? 'light' : 'dark'),
    },
    {
      // Named in the language it switches to, so it is found by someone who cannot read the current one.
      id: 'language', group: 'actions', icon: TranslateIcon,
      label: russian ? 'Switch to English' : 'Переключить на русский',
      keywords: ['language', 'язык', 'English', 'русский', t('settingsCommands.languageKeywords')],
      run: () => setLanguage(russian ? 'en' : 'ru'),
    },
    { id: 'backup', group: 'actions', icon: SaveIcon, label: t('settingsCommands.backup'), keywords: [t('settingsCommands.backupKeywords')], run: exportBackup },
  ]
}
