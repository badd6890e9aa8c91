import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { ru } from './ru'
import { resolveLanguage, useSettingsStore } from '../store/settings-store'

// Copies: i18next merges features' strings into its store in place, and the shared modules stay as written.
export const resources = { en: { translation: structuredClone(en) }, ru: { translation: structuredClone(ru) } } as const

void i18n.use(initReactI18next).init({
  resources,
  lng: resolveLanguage(useSettingsStore.getState().language, navigator.languages ?? [navigator.language]),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
})

export default i18n
