import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { ru } from './ru'
import { resolveLanguage, useSettingsStore } from '../store/settings-store'

// Copies: i18next merges the features' strings into its resources in place (app/features.ts),
// and the shared tables must stay as written (features.test.ts compares against them).
export const resources = { en: { translation: structuredClone(en) }, ru: { translation: structuredClone(ru) } } as const

void i18n.use(initReactI18next).init({
  // A copy: features add their strings to i18next's bundles (app/features.ts), and the shared
  // modules must stay as written (features.test.ts checks no feature replaces a shared string).
  resources: structuredClone(resources),
  lng: resolveLanguage(useSettingsStore.getState().language, navigator.languages ?? [navigator.language]),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
})

export default i18n
