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

  it('leaves what is not a date as written, and nothing as nothing', () => {
    expect(formatNumericDate('soon', 'en')).toBe('soon')
    expect(formatNumericDate(undefined, 'ru')).toBe('')
  })
})
