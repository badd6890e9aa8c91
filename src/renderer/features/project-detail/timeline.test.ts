import { describe, expect, it } from 'vitest'
import { maturityTimeline } from './timeline'

describe('maturityTimeline', () => {
  it('lists steps oldest first', () => {
    expect(maturityTimeline({ accepted: '2019-01-15', incubating: '2020-02-02', archived: '2024-12-20' })).toEqual([
      { date: '2019-01-15', steps: ['accepted'] },
      { date: '2020-02-02', steps: ['incubating'] },
      { date: '2024-12-20', steps: ['archived'] },
    ])
  })

  it('merges steps taken on the same day into one entry', () => {
    expect(maturityTimeline({ accepted: '2018-08-28', incubating: '2018-08-28', graduated: '2020-09-02' })).toEqual([
      { date: '2018-08-28', steps: ['accepted', 'incubating'] },
      { date: '2020-09-02', steps: ['graduated'] },
    ])
  })

  it('reads joining on the day of acceptance as the acceptance alone', () => {
    expect(maturityTimeline({ accepted: '2025-01-21', joined: '2025-01-21' })).toEqual([{ date: '2025-01-21', steps: ['accepted'] }])
    expect(maturityTimeline({ accepted: '2019-01-15', joined: '2019-10-11' })).toEqual([
      { date: '2019-01-15', steps: ['accepted'] },
      { date: '2019-10-11', steps: ['joined'] },
    ])
  })

  it('is empty without dates', () => {
    expect(maturityTimeline({})).toEqual([])
  })
})
