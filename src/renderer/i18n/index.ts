import { en } from './en'
import { createTranslator, type StringTable } from './translator'
import { resolveLanguage, useSettingsStore, type Language } from '../store/settings-store'

type LaterLanguage = Exclude<Language, 'en'>

/**
 * The strings of the other UI languages: the shared ones, and each feature's (addLaterStrings).
 * English comes with the app's first code (it is every string's fallback); Russian loads when it
 * is the language, so English users never download it.
 */
const laterStrings: Record<LaterLanguage, (() => Promise<StringTable>)[]> = {
  ru: [() => import('./ru').then((m) => m.ru)],
}

// English until another language's strings are in (switchLanguage; main.tsx switches before the
// first render). Features add their strings beside these (app/features.ts), never over them.
const i18n = createTranslator({ language: 'en', fallback: 'en' })
i18n.addStrings('en', en)

const loading = new Map<Language, Promise<void>>([['en', Promise.resolve()]])

/**
 * Makes `language`'s shared strings available (once; later calls share the load). Added beside
 * what features added, never over it. A chunk that cannot load rejects, and may be asked again.
 */
export function loadLanguage(language: Language): Promise<void> {
  let load = loading.get(language)
  if (!load) {
    // All of a language's tables or none: a half-loaded language is never switched to.
    load = Promise.all(laterStrings[language as LaterLanguage].map((table) => table()))
      .then((tables) => { for (const strings of tables) i18n.addStrings(language, strings) })
    load.catch(() => loading.delete(language))
    loading.set(language, load)
  }
  return load
}

/** A feature's strings in a later language, loaded with the shared ones (app/features.ts). */
export function addLaterStrings(language: LaterLanguage, table: () => Promise<StringTable>): void {
  laterStrings[language].push(table)
  // Registered once the language is in already: its load waits for this table too.
  const loaded = loading.get(language)
  if (!loaded) return
  const next = loaded.then(() => table()).then((strings) => { i18n.addStrings(language, strings) })
  next.catch(() => loading.delete(language))
  loading.set(language, next)
}

/** The language the settings ask for (or the system's), before any is switched to. */
export function preferredLanguage(): Language {
  return resolveLanguage(useSettingsStore.getState().language, navigator.languages ?? [navigator.language])
}

let wanted: Language | undefined

/**
 * Switches the UI to `language` once its strings are in, so no screen shows half of each. When
 * they cannot load (an offline web build after an update), the UI stays as it is and the next
 * switch tries again; of quick successive switches, the last one wins.
 */
export async function switchLanguage(language: Language): Promise<void> {
  wanted = language
  try {
    await loadLanguage(language)
  } catch {
    return
  }
  if (wanted === language) i18n.changeLanguage(language)
}

export default i18n
