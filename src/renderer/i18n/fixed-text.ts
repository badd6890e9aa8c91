import type { TFunction } from 'i18next'

const texts = new WeakMap<TFunction, Map<string, string>>()

/**
 * A string without variables, translated once per `t`: react-i18next makes a new `t` with every
 * language change (a language's strings are in before it is switched to, and the features' before
 * the first render), so a kept text is never stale. Table cells and headers ask for the same few
 * (a maturity's name, a column's title) on every row and render, and i18next's `t` costs tens of
 * microseconds a call before V8 optimises it (about 600 calls before the first rows, most of them these).
 */
export function fixedText(t: TFunction, key: string): string {
  let known = texts.get(t)
  if (!known) {
    known = new Map()
    texts.set(t, known)
  }
  let text = known.get(key)
  if (text === undefined) {
    text = t(key)
    known.set(key, text)
  }
  return text
}
