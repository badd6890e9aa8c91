import { describe, expect, it } from 'vitest'
import { daysBetween, median, quarterOf, yearRange } from './time'

describe('calendar helpers', () => {
  it('counts whole days, leap days included', () => {
    expect(daysBetween('2023-06-30', '2023-06-30')).toBe(0)
    expect(daysBetween('2020-02-01', '2021-02-01')).toBe(366)
    expect(daysBetween('2021-02-01', '2022-02-01')).toBe(365)
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2)
  })

  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeUndefined()
    expect(median([7])).toBe(7)
    expect(median([9, 1, 5])).toBe(5)
    expect(median([10, 2, 4, 8])).toBe(6)
  })

  it('names quarters and runs years without gaps', () => {
    expect(['2023-01-01', '2023-03-31', '2023-04-01', '2023-12-31'].map(quarterOf)).toEqual([1, 1, 2, 4])
    expect(yearRange('2021', '2023')).toEqual(['2021', '2022', '2023'])
    expect(yearRange('2023', '2023')).toEqual(['2023'])
  })
})
