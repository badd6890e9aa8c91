import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { cohorts, survivalCurve, type SurvivalPoint } from './cohorts'

// The answers below were worked out by hand from these dates (days counted on a calendar).
const projects = [
  makeProject({ id: 'still', dates: { accepted: '2020-01-01' } }),
  makeProject({ id: 'promoted', maturity: 'incubating', dates: { accepted: '2020-06-01', incubating: '2021-06-01' } }), // 365 days
  makeProject({ id: 'graduated', maturity: 'graduated', dates: { accepted: '2020-03-01', incubating: '2022-03-01', graduated: '2024-01-01' } }), // 730 days
  // Archived with no record of the level it held: counted as archived, never as promoted.
  makeProject({ id: 'archived', maturity: 'archived', dates: { accepted: '2020-02-01', archived: '2021-02-01' } }), // 366 days (2020 is a leap year)
  // Promoted, then archived: archived today, and its promotion still counts for the time to promotion.
  makeProject({ id: 'promoted-then-archived', maturity: 'archived', dates: { accepted: '2020-07-01', incubating: '2021-07-01', archived: '2023-07-01' } }), // 365, 1095 days
  // Straight into incubation, and before the Sandbox existed: in no cohort.
  makeProject({ id: 'direct', maturity: 'incubating', dates: { accepted: '2020-05-05', incubating: '2020-05-05' } }),
  makeProject({ id: 'inception', maturity: 'graduated', dates: { accepted: '2017-01-01', incubating: '2018-04-01', graduated: '2019-01-01' } }),
  makeProject({ id: 'later', dates: { accepted: '2022-01-01' } }),
]
const AS_OF = '2024-07-01'
/** Shares to nine decimals: 0.8 × 0.75 is 0.6000000000000001 in floating point. */
const rounded = (points: SurvivalPoint[]) => points.map((p) => ({ ...p, share: Math.round(p.share * 1e9) / 1e9 }))

describe('cohorts', () => {
  const [c2020, c2021, c2022] = cohorts(projects, AS_OF)

  it('groups the projects that entered through the Sandbox by year, with empty years kept', () => {
    expect(cohorts(projects, AS_OF).map((c) => [c.year, c.size])).toEqual([['2020', 5], ['2021', 0], ['2022', 1]])
    expect(c2020.ids).not.toContain('direct')
    expect(c2020.selection).toEqual({ entry: ['sandbox'], year: ['2020'] })
  })

  it('splits each cohort by where its members are today; the shares add up to one', () => {
    expect(c2020.fates.sandbox.ids).toEqual(['still'])
    expect(c2020.fates.promoted.ids).toEqual(['promoted', 'graduated'])
    expect(c2020.fates.archived.ids).toEqual(['archived', 'promoted-then-archived'])
    expect([c2020.fates.sandbox.share, c2020.fates.promoted.share, c2020.fates.archived.share]).toEqual([0.2, 0.4, 0.4])
    expect(c2020.fates.promoted.selection).toEqual({ entry: ['sandbox'], year: ['2020'], maturity: ['incubating', 'graduated'] })
    expect(c2021.fates.sandbox.share).toBe(0)
    expect(c2022.fates.sandbox.share).toBe(1)
  })

  it('measures the time to promotion over every member promoted at some point', () => {
    expect(c2020.promotion).toEqual({ count: 3, medianDays: 365, minDays: 365, maxDays: 730 })
    expect(c2022.promotion).toEqual({ count: 0, medianDays: undefined, minDays: undefined, maxDays: undefined })
  })

  it('estimates survival per whole year while some member has been in the CNCF that long', () => {
    // Archivals at 366 days (1 of 5 at risk) and 1095 days (1 of 4): every member has been in for
    // more than three years, so these are plain shares: 4/5, then 3/5.
    expect(rounded(c2020.survival)).toEqual([
      { years: 0, share: 1, atRisk: 5 },
      { years: 1, share: 1, atRisk: 5 },
      { years: 2, share: 0.8, atRisk: 4 },
      { years: 3, share: 0.6, atRisk: 3 },
      { years: 4, share: 0.6, atRisk: 3 },
    ])
    expect(c2021.survival).toEqual([])
    expect(c2022.survival.map((p) => p.years)).toEqual([0, 1, 2])
  })
})

describe('survivalCurve', () => {
  it('lets members accepted too recently leave the count instead of counting as survivors', () => {
    // Archived at 100 days: 1 of 4 at risk leaves, 3/4. The member observed only 400 days then
    // leaves the count; at 800 days 1 of the 2 still at risk is archived: 3/4 × 1/2. Counting
    // the short one as a survivor would say 2/4, as archived 1/4.
    const curve = survivalCurve([
      { days: 100, archived: true, followUp: 1300 }, { days: 400, archived: false, followUp: 400 },
      { days: 1200, archived: false, followUp: 1200 }, { days: 800, archived: true, followUp: 1250 },
    ])
    expect(curve).toEqual([
      { years: 0, share: 1, atRisk: 4 },
      { years: 1, share: 0.75, atRisk: 3 },
      { years: 2, share: 0.75, atRisk: 2 },
      { years: 3, share: 0.375, atRisk: 1 },
    ])
  })

  it('takes same-day archivals together and counts an archival on the day of acceptance at year 0', () => {
    const censored = { days: 900, archived: false, followUp: 900 }
    expect(survivalCurve([{ days: 500, archived: true, followUp: 900 }, { days: 500, archived: true, followUp: 900 }, censored, censored])
      .map((p) => p.share)).toEqual([1, 1, 0.5])
    expect(survivalCurve([{ days: 0, archived: true, followUp: 400 }, { days: 400, archived: false, followUp: 400 }])).toEqual([
      { years: 0, share: 0.5, atRisk: 1 },
      { years: 1, share: 0.5, atRisk: 1 },
    ])
    expect(survivalCurve([])).toEqual([])
  })

  it('runs on at zero once everyone is archived, and stops where nobody is left to follow', () => {
    expect(survivalCurve([{ days: 730, archived: true, followUp: 1400 }]).map((p) => p.share)).toEqual([1, 1, 0, 0])
    // Half archived after a year; the other half observed only a year and a half: nothing is known at two years.
    expect(survivalCurve([{ days: 365, archived: true, followUp: 1826 }, { days: 548, archived: false, followUp: 548 }]))
      .toEqual([{ years: 0, share: 1, atRisk: 2 }, { years: 1, share: 0.5, atRisk: 1 }])
  })
})
