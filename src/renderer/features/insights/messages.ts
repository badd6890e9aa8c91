import i18n from '../../i18n'
import { en } from './strings/en'
import { ru } from './strings/ru'

// Insights' strings load with its code, not with the app (the sidebar's word is in feature.ts).
// messages.test.ts checks them with the rest: same keys in both languages, same placeholders.
export const messages = { en, ru }

// Deep merge, never overwrite, as app/features.ts does for the strings that load with the app.
i18n.addStrings('en', en)
i18n.addStrings('ru', ru)
