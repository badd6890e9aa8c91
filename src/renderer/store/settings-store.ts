import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { aBoolean, oneOf } from '../../shared/validation/checks'
import { readFields } from '../../shared/validation/fields'
import { keepAnyVersion, readPersisted, recoveringStorage } from './persisted'

export type LanguagePreference = 'system' | 'en' | 'ru'
export type ThemePreference = 'system' | 'light' | 'dark'
export type Language = 'en' | 'ru'

interface SettingsState {
  language: LanguagePreference
  theme: ThemePreference
  /** CSV exports without the attribution lines after the table (the export menu's "data only"). */
  exportDataOnly: boolean
  setLanguage: (language: LanguagePreference) => void
  setTheme: (theme: ThemePreference) => void
  setExportDataOnly: (dataOnly: boolean) => void
}

const storedFields = { language: oneOf(['system', 'en', 'ru']), theme: oneOf(['system', 'light', 'dark']), exportDataOnly: aBoolean }

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      language: 'system',
      theme: 'system',
      exportDataOnly: false,
      setLanguage: (language) => set({ language }),
      setTheme: (theme) => set({ theme }),
      setExportDataOnly: (exportDataOnly) => set({ exportDataOnly }),
    }),
    {
      name: 'sandscape.settings',
      version: 1,
      storage: recoveringStorage('settings'),
      partialize: ({ language, theme, exportDataOnly }) => ({ language, theme, exportDataOnly }),
      migrate: keepAnyVersion,
      merge: (persisted, current) => ({ ...current, ...readPersisted('settings', persisted, (raw) => readFields(raw, storedFields)) }),
    },
  ),
)

/** The UI language: the user's choice, or the system's when it is Russian, else English. */
export function resolveLanguage(preference: LanguagePreference, systemLanguages: readonly string[]): Language {
  if (preference !== 'system') return preference
  return systemLanguages.some((l) => l.toLowerCase().startsWith('ru')) ? 'ru' : 'en'
}
