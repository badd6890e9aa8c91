import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { ru } from './ru'
import { resolveLanguage, useSettingsStore } from '../store/settings-store'

// Copies: features merge their strings into i18next's store, which must not change the shared
// modules (app/features.test.ts compares features' keys against them).
export const resources = { en: { translation: structuredClone(en) }, ru: { translation: structuredClone(ru) } } as const

void i18n.use(initReactI18next).init({
  resources,
  lng: resolveLanguage(useSettingsStore.getState().language, navigator.languages ?? [navigator.language]),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
})

export default i18n
