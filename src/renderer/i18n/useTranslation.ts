import { useMemo, useSyncExternalStore } from 'react'
import i18n from './index'
import type { TFunction, Translator } from './translator'

/**
 * The UI's `t` in the current language, and the translator (`i18n.language`). Renders again when
 * the language changes, not when strings are added (a language's are in before it is switched to).
 * `t` keeps its identity per language, so memos that depend on it hold.
 */
export function useTranslation(): { t: TFunction; i18n: Translator } {
  const language = useSyncExternalStore(i18n.subscribe, () => i18n.language)
  return useMemo(() => ({ t: i18n.getFixedT(language), i18n }), [language])
}
