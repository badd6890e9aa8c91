import { describe, expect, it } from 'vitest'
import { daysInCncf, daysInStage, sandboxToIncubationDays, stageStart } from './time-in-stage'

const today = '2026-08-07'

describe('time in stage', () => {
  it('starts the current stage at the date of the current maturity', () => {
    expect(stageStart({ maturity: 'sandbox', dates: { accepted: '2023-05-17' } })).toBe('2023-05-17')
    expect(stageStart({ maturity: 'incubating', dates: { accepted: '2020-01-01', incubating: '2022-03-01' } })).toBe('2022-03-01')
    expect(stageStart({ maturity: 'incubating', dates: { accepted: '2020-01-01' } })).toBe('2020-01-01')
    expect(stageStart({ maturity: 'graduated', dates: { accepted: '2017-01-01', graduated: '2019-01-01' } })).toBe('2019-01-01')
    expect(stageStart({ maturity: 'archived', dates: { accepted: '2020-01-01' } })).toBeUndefined()
  })

  it('counts days in the current stage up to today', () => {
    expect(daysInStage({ maturity: 'sandbox', dates: { accepted: '2026-08-01' } }, today)).toBe(6)
    expect(daysInStage({ maturity: 'sandbox', dates: {} }, today)).toBeUndefined()
    expect(daysInStage({ maturity: 'sandbox', dates: { accepted: '2027-01-01' } }, today)).toBeUndefined()
  })

  it('measures Sandbox to incubation only for projects that moved', () => {
    expect(sandboxToIncubationDays({ maturity: 'incubating', dates: { accepted: '2021-01-01', incubating: '2022-01-01' } })).toBe(365)
    expect(sandboxToIncubationDays({ maturity: 'incubating', dates: { accepted: '2021-01-01', incubating: '2021-01-01' } })).toBeUndefined()
    expect(sandboxToIncubationDays({ maturity: 'sandbox', dates: { accepted: '2021-01-01' } })).toBeUndefined()
  })

  it('ages a project from acceptance to today, or to its archiving', () => {
    expect(daysInCncf({ maturity: 'graduated', dates: { accepted: '2026-07-08', graduated: '2026-08-01' } }, today)).toBe(30)
    expect(daysInCncf({ maturity: 'archived', dates: { accepted: '2020-01-01', archived: '2020-01-31' } }, today)).toBe(30)
  })
})
