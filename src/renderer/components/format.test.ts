import { describe, expect, it } from 'vitest'
import { formatNumericDate } from './format'

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
