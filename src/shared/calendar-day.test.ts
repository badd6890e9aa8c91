import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isCalendarDay } from './calendar-day'

/** What Date says: the day it reads back is the day written. */
const dateSays = (text: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
}

describe('isCalendarDay', () => {
  it('takes real days only, leap days where there are', () => {
    for (const day of ['2024-02-29', '2000-02-29', '0000-02-29', '1999-12-31', '2023-04-30']) expect(isCalendarDay(day)).toBe(true)
    for (const day of ['2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '2023-1-01', '2023-01-01T00:00:00Z', '２０２３-01-01', '']) expect(isCalendarDay(day)).toBe(false)
  })

  it('answers as Date does, for days of every year and for any text (property)', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0')
    const written = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)
    fc.assert(fc.property(fc.oneof(written, fc.string({ minLength: 10, maxLength: 10 }), fc.string()), (text) => {
      expect(isCalendarDay(text)).toBe(dateSays(text))
    }), { numRuns: 10000 })
  })
})
