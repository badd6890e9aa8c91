import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, formatRange, localToday, parseRange, quickPickRange, readDateEnd, resolveRange } from './dates'

describe('date ranges in links', () => {
  it('reads whole years, open ends, months and moving ranges', () => {
    expect(parseRange('2023')).toEqual({ kind: 'between', from: '2023-01-01', to: '2023-12-31' })
    expect(parseRange('2023-02-01..2023-03-31')).toEqual({ kind: 'between', from: '2023-02-01', to: '2023-03-31' })
    expect(parseRange('2023-02..')).toEqual({ kind: 'between', from: '2023-02-01', to: undefined })
    expect(parseRange('..2024-02')).toEqual({ kind: 'between', from: undefined, to: '2024-02-29' })
    expect(parseRange('2023-06-15')).toEqual({ kind: 'between', from: '2023-06-15', to: '2023-06-15' })
    expect(parseRange('last-90-days')).toEqual({ kind: 'lastDays', days: 90 })
    expect(parseRange('this-year')).toEqual({ kind: 'thisYear' })
  })

  it('refuses what is not a range', () => {
    for (const text of ['', '..', 'soon', '2023-02-30', '2023-13', '2024-01-01..2023-01-01', 'last-0-days', 'last-999999-days', '2023..x', '1'.repeat(50)]) {
      expect(parseRange(text), text).toBeUndefined()
    }
  })

  it('writes what it reads', () => {
    for (const text of ['2023', '2023-02-01..2023-03-31', '2023-02-01..', '..2023-03-31', 'last-90-days', 'this-year']) {
      expect(formatRange(parseRange(text)), text).toBe(text)
    }
  })

  it('gives the quick picks as ranges', () => {
    expect(formatRange(quickPickRange('y2023'))).toBe('2023')
    expect(formatRange(quickPickRange('last90'))).toBe('last-90-days')
    expect(formatRange(quickPickRange('thisYear'))).toBe('this-year')
  })
})

describe('days', () => {
  it('counts and adds days across months and leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
    expect(daysBetween('2023-03-01', '2023-02-28')).toBe(-1)
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
    expect(readDateEnd('2023-12', 'to')).toBe('2023-12-31')
  })

  it('resolves moving ranges on a given day; the last 90 days include today', () => {
    expect(resolveRange({ kind: 'lastDays', days: 90 }, '2026-08-07')).toEqual({ from: '2026-05-10', to: '2026-08-07' })
    expect(resolveRange({ kind: 'thisYear' }, '2026-08-07')).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })

  it('reads today from the local calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })
})
