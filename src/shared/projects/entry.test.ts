import { describe, expect, it } from 'vitest'
import { entryLevel, joinedOn, SANDBOX_OPENED } from './entry'

describe('entryLevel', () => {
  it('reads Sandbox for a project accepted once the Sandbox existed, whatever became of it', () => {
    expect(entryLevel({ accepted: '2023-05-17' })).toBe('sandbox')
    expect(entryLevel({ accepted: '2020-06-25', incubating: '2022-07-13', archived: '2025-09-03' })).toBe('sandbox')
    expect(entryLevel({ accepted: SANDBOX_OPENED })).toBe('sandbox')
  })

  it('reads straight into incubation (or graduation) when that level is dated on the day of acceptance', () => {
    expect(entryLevel({ accepted: '2023-04-10', incubating: '2023-04-10' })).toBe('incubating')
    expect(entryLevel({ accepted: '2023-07-25', incubating: '2023-07-25', graduated: '2026-07-24' })).toBe('incubating')
    expect(entryLevel({ accepted: '2019-01-01', incubating: '2019-01-01', graduated: '2019-01-01' })).toBe('graduated')
  })

  it('reads Inception for a project accepted before the Sandbox opened and promoted later', () => {
    expect(entryLevel({ accepted: '2017-01-23', incubating: '2018-04-06', graduated: '2021-07-28' })).toBe('inception')
    expect(entryLevel({ accepted: '2018-02-26' })).toBe('inception')
    // Before the Sandbox, an archived project with no other date: Inception, the only entry level below incubation.
    expect(entryLevel({ accepted: '2017-03-29', archived: '2019-08-16' })).toBe('inception')
  })

  it('takes the earliest level date as the joining day when no acceptance date is given', () => {
    expect(joinedOn({ incubating: '2021-01-01', graduated: '2023-01-01' })).toBe('2021-01-01')
    expect(entryLevel({ incubating: '2021-01-01', graduated: '2023-01-01' })).toBe('incubating')
    expect(entryLevel({ graduated: '2021-01-01' })).toBe('graduated')
    expect(entryLevel({ archived: '2021-01-01' })).toBeUndefined()
    expect(entryLevel({})).toBeUndefined()
  })
})
