// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { en as sharedEn } from './en'
import { ru as sharedRu } from './ru'
import { features } from '../app/features'

type Tree = { [key: string]: string | Tree }
const merge = (base: Tree, extra: Tree): Tree => Object.fromEntries([...Object.keys(base), ...Object.keys(extra)].map((k) => {
  const a = base[k]
  const b = extra[k]
  return [k, typeof a === 'object' && typeof b === 'object' ? merge(a, b) : b ?? a]
}))
// The shared strings plus every feature's own (app/features.ts merges them the same way; Russian
// loads later), and the strings a feature loads with its view (a features/<feature>/messages.ts
// exporting `messages`, as Insights does).
const withView = Object.values(import.meta.glob<{ messages?: { en: Tree; ru: Tree } }>('../features/*/messages.ts', { eager: true })).flatMap((m) => (m.messages ? [m.messages] : []))
const bundles = [
  ...await Promise.all(features.map(async (f) => (f.messages ? { en: f.messages.en as Tree, ru: await f.messages.ru() as Tree } : { en: {}, ru: {} }))),
  ...withView,
]
const en = bundles.reduce<Tree>((all, b) => merge(all, b.en), sharedEn)
const ru = bundles.reduce<Tree>((all, b) => merge(all, b.ru), sharedRu)
import { avoidedForms } from '../../shared/glossary/glossary'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}
const withoutPluralSuffix = (k: string) => k.replace(/_(one|few|many|other)$/, '')

describe('UI messages', () => {
  it('English and Russian have the same keys (Russian adds plural forms only)', () => {
    const enKeys = new Set(keys(en).map(withoutPluralSuffix))
    const ruKeys = new Set(keys(ru).map(withoutPluralSuffix))
    expect([...ruKeys].sort()).toEqual([...enKeys].sort())
  })

  it('has no empty strings and the same placeholders in both languages', () => {
    const flat = (obj: unknown) => Object.fromEntries(keys(obj).map((k) => [k, k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], obj)]))
    const enFlat = flat(en)
    const ruFlat = flat(ru)
    for (const [key, text] of Object.entries(ruFlat)) {
      expect(String(text).trim(), key).not.toBe('')
      const english = enFlat[key] ?? enFlat[key.replace(/_(few|many)$/, '_other')]
      const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort()
      expect(placeholders(String(text)), key).toEqual(placeholders(String(english)))
    }
  })

  it('speaks Russian as the glossary says: no avoided form in any Russian string', () => {
    const slips = keys(ru).flatMap((key) => {
      const text = key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], ru) as string
      return avoidedForms(text).map((a) => `${key}: "${a.found}" (write ${a.ru})`)
    })
    expect(slips).toEqual([])
  })
})
