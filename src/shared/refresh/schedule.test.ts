import { describe, expect, it } from 'vitest'
import { clampDays, isRefreshDue } from './schedule'

describe('isRefreshDue', () => {
  const now = new Date('2026-09-15T12:00:00Z')
  it('counts from the last refresh when there was one', () => {
    expect(isRefreshDue({ refreshedAt: '2026-09-08T12:00:00Z', sourceDate: '2026-08-07' }, 7, now)).toBe(true)
    expect(isRefreshDue({ refreshedAt: '2026-09-08T12:00:01Z', sourceDate: '2026-08-07' }, 7, now)).toBe(false)
  })
  it('counts from the snapshot date for data never refreshed', () => {
    expect(isRefreshDue({ sourceDate: '2026-08-07' }, 30, now)).toBe(true)
    expect(isRefreshDue({ sourceDate: '2026-09-10' }, 30, now)).toBe(false)
  })
  it('treats an unreadable date as due', () => {
    expect(isRefreshDue({ refreshedAt: 'yesterday', sourceDate: '2026-09-10' }, 30, now)).toBe(true)
  })
})

describe('clampDays', () => {
  it('keeps whole days within 1..365, defaulting nonsense to a week', () => {
    expect([clampDays(0), clampDays(3.6), clampDays(9999), clampDays(Number.NaN)]).toEqual([1, 4, 365, 7])
  })
})
