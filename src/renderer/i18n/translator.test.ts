import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createTranslator, interpolate } from './translator'

// Hand-written tables in the app's shape: nested keys, `{{name}}` values, CLDR plural suffixes.
const EN = {
  projects: {
    title: 'Projects',
    count_one: '{{count}} project',
    count_other: '{{count}} projects',
    shown: '{{shown}} of {{total}}',
  },
  only: { english: 'Only in English' },
}
const RU = {
  projects: {
    title: 'Проекты',
    count_one: '{{count}} проект',
    count_few: '{{count}} проекта',
    count_many: '{{count}} проектов',
    count_other: '{{count}} проекта',
  },
}

function translator() {
  const i18n = createTranslator({ language: 'en', fallback: 'en' })
  i18n.addStrings('en', EN)
  i18n.addStrings('ru', RU)
  return i18n
}

describe('the translator', () => {
  it('looks strings up by dotted key in the current language', () => {
    const i18n = translator()
    expect(i18n.t('projects.title')).toBe('Projects')
    i18n.changeLanguage('ru')
    expect(i18n.t('projects.title')).toBe('Проекты')
  })

  it("picks the plural form by the language's rules", () => {
    const t = translator().getFixedT('ru')
    expect([1, 2, 5, 11, 21, 22, 25, 1.5].map((count) => t('projects.count', { count }))).toEqual([
      '1 проект', '2 проекта', '5 проектов', '11 проектов', '21 проект', '22 проекта', '25 проектов', '1.5 проекта',
    ])
    const en = translator().getFixedT('en')
    expect([0, 1, 2].map((count) => en('projects.count', { count }))).toEqual(['0 projects', '1 project', '2 projects'])
  })

  it('treats a string count as a value only (a count formatted already)', () => {
    const i18n = createTranslator({ language: 'en', fallback: 'en' })
    i18n.addStrings('en', { value: '{{count}} ({{share}})' })
    expect(i18n.t('value', { count: '1,234', share: '5%' })).toBe('1,234 (5%)')
  })

  it('falls back to English, then to the default value, then to the key', () => {
    const t = translator().getFixedT('ru')
    expect(t('only.english')).toBe('Only in English')
    expect(t('projects.shown', { shown: 3, total: 9 })).toBe('3 of 9')
    expect(t('nowhere', { defaultValue: 'kept {{x}}', x: 1 })).toBe('kept 1')
    expect(t('nowhere.at.all')).toBe('nowhere.at.all')
  })

  it('never lets added strings replace ones it has (features add beside the shared strings)', () => {
    const i18n = translator()
    i18n.addStrings('en', { projects: { title: 'Replaced', extra: 'Added' } })
    expect(i18n.t('projects.title')).toBe('Projects')
    expect(i18n.t('projects.extra')).toBe('Added')
  })

  it('keeps a `t` per language until strings are added to it, and tells listeners of language changes', () => {
    const i18n = translator()
    const before = i18n.getFixedT('en')
    expect(i18n.getFixedT('en')).toBe(before)
    i18n.addStrings('en', { more: 'More' })
    expect(i18n.getFixedT('en')).not.toBe(before)
    // The old one still reads the current tables.
    expect(before('more')).toBe('More')

    const seen: string[] = []
    const unsubscribe = i18n.subscribe(() => seen.push(i18n.language))
    i18n.changeLanguage('ru')
    i18n.changeLanguage('ru')
    unsubscribe()
    i18n.changeLanguage('en')
    expect(seen).toEqual(['ru'])
  })

  it('answers exists without fallback', () => {
    const i18n = translator()
    expect(i18n.exists('only.english', { lng: 'ru' })).toBe(false)
    expect(i18n.exists('only.english')).toBe(true)
    expect(i18n.exists('projects.title', { lng: 'ru' })).toBe(true)
    expect(i18n.getFixedT('ru')('projects.title')).toBe('Проекты')
  })

  it('stops at a bounded depth on a malformed, deeply nested table', () => {
    let deep: Record<string, unknown> = { leaf: 'x' }
    for (let i = 0; i < 10_000; i++) deep = { d: deep }
    const i18n = createTranslator({ language: 'en', fallback: 'en' })
    expect(() => i18n.addStrings('en', deep)).not.toThrow()
  })
})

describe('interpolate', () => {
  it('fills known placeholders, leaves unknown and unclosed ones as written', () => {
    expect(interpolate('{{a}} and {{ b }}', { a: 1, b: 'two' })).toBe('1 and two')
    expect(interpolate('{{missing}} {{a}}', { a: 'x' })).toBe('{{missing}} x')
    expect(interpolate('open {{a', { a: 'x' })).toBe('open {{a')
    expect(interpolate('{{constructor}} {{toString}}', {})).toBe('{{constructor}} {{toString}}')
  })

  it('returns any text with no placeholders unchanged, and never throws on any text', () => {
    fc.assert(fc.property(fc.string(), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())), (text, values) => {
      const out = interpolate(text, values)
      if (!text.includes('{{')) expect(out).toBe(text)
      expect(typeof out).toBe('string')
    }))
  })
})
