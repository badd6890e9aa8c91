import { useEffect, useMemo } from 'react'
import useMediaQuery from '@mui/material/useMediaQuery'
import { switchLanguage } from '../i18n'
import { usePrintMode } from '../components/print/print-view'
import { buildTheme } from '../theme/theme'
import { resolveLanguage, useSettingsStore } from '../store/settings-store'

/** Theme and language from Settings, following the system where the user chose "system" (light on paper). */
export function useAppearance() {
  const themePreference = useSettingsStore((s) => s.theme)
  const languagePreference = useSettingsStore((s) => s.language)
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true })
  // Paper is white: printing and PDFs use the light theme whatever the screen shows.
  const printing = usePrintMode()
  const mode = printing ? 'light' : themePreference === 'system' ? (systemDark ? 'dark' : 'light') : themePreference
  const theme = useMemo(() => buildTheme(mode), [mode])
  const language = resolveLanguage(languagePreference, navigator.languages ?? [navigator.language])

  useEffect(() => {
    void switchLanguage(language)
    document.documentElement.lang = language
  }, [language])

  return { theme, mode }
}
