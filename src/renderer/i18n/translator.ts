/**
 * The UI's translations: nested string tables per language, looked up by dotted key, with
 * `{{name}}` values and plurals by the language's rules (`key_one`, `key_few`, `key_many`,
 * `key_other`, the CLDR categories that Intl.PluralRules names). A missing string falls back to the
 * fallback language, then to the key itself.
 *
 * This is all of i18next the app used (~17 KB gzip of it and react-i18next loaded before the first
 * rows), and a lookup is one Map read: the table asks for a few hundred strings per render.
 */

/** Values for a string's `{{name}}` placeholders; a numeric `count` also picks the plural form. */
export interface TOptions {
  /** A number picks the plural form; a string (a count already formatted) is only a value. */
  count?: number | string
  /** Returned (with its placeholders filled) when no language has the key. */
  defaultValue?: string
  [name: string]: unknown
}

export type TFunction = (key: string, options?: TOptions) => string

/** Nested strings by key: `{ projects: { title: 'Projects' } }`. */
export type StringTable = Readonly<Record<string, unknown>>

export interface Translator {
  /** The language strings are shown in. */
  readonly language: string
  /** Translates into the current language. */
  t: TFunction
  /** A `t` for one language (the same function until strings are added to it). */
  getFixedT: (language: string) => TFunction
  exists: (key: string, options?: { lng?: string }) => boolean
  /** Adds a (nested) table of strings; keys the language already has keep their text. */
  addStrings: (language: string, strings: StringTable) => void
  changeLanguage: (language: string) => void
  /** Called after every language change. */
  subscribe: (listener: () => void) => () => void
}

/** A table's depth is the app's own (a few levels); the bound only keeps a malformed one finite. */
const MAX_DEPTH = 16

function flattenInto(target: Map<string, string>, strings: StringTable, prefix: string, depth: number): void {
  if (depth > MAX_DEPTH) return
  for (const [name, value] of Object.entries(strings)) {
    const key = prefix ? `${prefix}.${name}` : name
    if (typeof value === 'string') {
      if (!target.has(key)) target.set(key, value)
    } else if (value !== null && typeof value === 'object') {
      flattenInto(target, value as StringTable, key, depth + 1)
    }
  }
}

/** Fills `{{name}}` placeholders (a scan, no regular expression); unknown names are left as written. */
export function interpolate(text: string, values: TOptions | undefined): string {
  if (!values) return text
  let start = text.indexOf('{{')
  if (start < 0) return text
  let out = ''
  let from = 0
  while (start >= 0) {
    const end = text.indexOf('}}', start + 2)
    if (end < 0) break
    const name = text.slice(start + 2, end).trim()
    const value = Object.hasOwn(values, name) ? values[name] : undefined
    out += text.slice(from, start) + (value === undefined ? text.slice(start, end + 2) : String(value))
    from = end + 2
    start = text.indexOf('{{', from)
  }
  return out + text.slice(from)
}

export function createTranslator({ language, fallback }: { language: string; fallback: string }): Translator {
  const tables = new Map<string, Map<string, string>>()
  const rules = new Map<string, Intl.PluralRules>()
  const fixed = new Map<string, TFunction>()
  const listeners = new Set<() => void>()
  let current = language

  const tableOf = (lng: string) => {
    let table = tables.get(lng)
    if (!table) tables.set(lng, (table = new Map()))
    return table
  }
  const pluralOf = (lng: string, count: number) => {
    let rule = rules.get(lng)
    if (!rule) rules.set(lng, (rule = new Intl.PluralRules(lng)))
    return rule.select(count)
  }
  const lookup = (lng: string, key: string, count: number | undefined): string | undefined => {
    const table = tables.get(lng)
    if (!table) return undefined
    if (count !== undefined) {
      const plural = table.get(`${key}_${pluralOf(lng, count)}`) ?? table.get(`${key}_other`)
      if (plural !== undefined) return plural
    }
    return table.get(key)
  }
  const translate = (lng: string, key: string, options?: TOptions): string => {
    const count = typeof options?.count === 'number' ? options.count : undefined
    const text = lookup(lng, key, count) ?? (lng === fallback ? undefined : lookup(fallback, key, count)) ?? options?.defaultValue ?? key
    return interpolate(text, options)
  }
  const getFixedT = (lng: string): TFunction => {
    let t = fixed.get(lng)
    if (!t) fixed.set(lng, (t = (key, options) => translate(lng, key, options)))
    return t
  }

  return {
    get language() { return current },
    t: (key, options) => translate(current, key, options),
    getFixedT,
    exists: (key, options) => lookup(options?.lng ?? current, key, undefined) !== undefined,
    addStrings(lng, strings) {
      flattenInto(tableOf(lng), strings, '', 0)
      // A new `t` for the language: what was memoised on the old one is worked out again.
      fixed.delete(lng)
    },
    changeLanguage(lng) {
      if (lng === current) return
      current = lng
      for (const listener of [...listeners]) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => { listeners.delete(listener) }
    },
  }
}
