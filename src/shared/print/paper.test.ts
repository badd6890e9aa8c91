import { describe, expect, it } from 'vitest'
import { paperSizeForLocale } from './paper'

describe('paperSizeForLocale', () => {
  it.each([
    ['en-US', 'Letter'],
    ['en-CA', 'Letter'],
    ['es-MX', 'Letter'],
    ['en', 'Letter'],
    ['ru-RU', 'A4'],
    ['ru', 'A4'],
    ['en-GB', 'A4'],
    ['de-DE', 'A4'],
    ['fr-CA', 'Letter'],
  ])('%s prints on %s', (locale, paper) => {
    expect(paperSizeForLocale(locale)).toBe(paper)
  })

  it('falls back to A4 for a missing or malformed locale', () => {
    expect(paperSizeForLocale(undefined)).toBe('A4')
    expect(paperSizeForLocale('')).toBe('A4')
    expect(paperSizeForLocale('not a locale!')).toBe('A4')
  })
})
