import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDate, formatNumericDate } from './format'

describe('formatDate', () => {
  const intl = (language: string) => new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

  it('writes a day with its short month in the UI language, in UTC', () => {
    expect(formatDate('2026-08-12', 'en')).toBe('Aug 12, 2026')
    expect(formatDate('2026-05-01', 'ru')).toBe('1 мая 2026 г.')
    expect(formatDate('2026-08-12T23:30:00Z', 'en')).toBe('Aug 12, 2026')
    expect(formatDate('2026-08-12T23:30:00-02:00', 'ru')).toBe('13 авг. 2026 г.')
  })

  it('writes every day of a year as Intl does, in both languages (the plain form\'s property)', () => {
    const formats = { en: intl('en'), ru: intl('ru') }
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2025, 0, 1); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10)
      expect(formatDate(iso, 'en')).toBe(formats.en.format(day))
      expect(formatDate(iso, 'ru')).toBe(formats.ru.format(day))
    }
  })

  it('writes any moment as Intl does, and other languages through Intl', () => {
    const formats = { en: intl('en'), ru: intl('ru') }
    fc.assert(fc.property(fc.integer({ min: Date.UTC(-5, 0, 1), max: Date.UTC(12000, 0, 1) }), fc.constantFrom('en' as const, 'ru' as const), (time, language) => {
      expect(formatDate(new Date(time).toISOString(), language)).toBe(formats[language].format(time))
    }))
    expect(formatDate('2026-08-12', 'de')).toBe(intl('de').format(Date.UTC(2026, 7, 12)))
  })

  it('leaves what is not a date as written, and nothing as nothing', () => {
    expect(formatDate('soon', 'ru')).toBe('soon')
    expect(formatDate(undefined, 'en')).toBe('')
  })
})

describe('formatNumericDate', () => {
  it('writes a day as ISO in English and day.month.year in Russian, whatever the time zone', () => {
    expect(formatNumericDate('2023-05-17', 'en')).toBe('2023-05-17')
    expect(formatNumericDate('2023-05-17', 'ru')).toBe('17.05.2023')
    // Asked again (from the remembered answers), the same, and per language.
    expect(formatNumericDate('2023-05-17', 'ru')).toBe('17.05.2023')
    expect(formatNumericDate('2023-05-17', 'en')).toBe('2023-05-17')
    expect(formatNumericDate('2023-05-17T23:30:00Z', 'en')).toBe('2023-05-17')
  })

  it('writes every day of a year as the formatter does, in both languages (property of the plain form)', () => {
    const intl = { en: new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }), ru: new Intl.DateTimeFormat('ru', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }) }
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2025, 0, 1); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10)
      expect(formatNumericDate(iso, 'en')).toBe(intl.en.format(day))
      expect(formatNumericDate(iso, 'ru')).toBe(intl.ru.format(day))
    }
  })

  it('leaves what is not a date as written, and nothing as nothing', () => {
    expect(formatNumericDate('soon', 'en')).toBe('soon')
    expect(formatNumericDate(undefined, 'ru')).toBe('')
  })
})
