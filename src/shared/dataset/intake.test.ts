import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { intake2023, sandboxEntryYear } from './intake'

describe('the 2023 intake', () => {
  it('reads the Sandbox entry year from the dates, skipping projects accepted straight into incubation', () => {
    expect(sandboxEntryYear(makeProject({ id: 'a', dates: { accepted: '2023-06-22', incubating: '2026-05-03' } }))).toBe('2023')
    expect(sandboxEntryYear(makeProject({ id: 'b', dates: { accepted: '2023-04-10', incubating: '2023-04-10' } }))).toBeUndefined()
    expect(sandboxEntryYear(makeProject({ id: 'c', dates: { accepted: '2023-06-30', archived: '2025-09-19' } }))).toBe('2023')
    expect(sandboxEntryYear(makeProject({ id: 'd', dates: {} }))).toBeUndefined()
  })

  it('tells accepted in 2023 apart from reviewed in the article', () => {
    expect(intake2023(makeProject({ id: 'listed', dates: { accepted: '2023-12-19' } }))).toEqual(['accepted2023'])
    expect(intake2023(makeProject({ id: 'reviewed', dates: { accepted: '2023-05-17' }, articleSection: 'Kepler' }))).toEqual(['accepted2023', 'reviewed2023'])
    expect(intake2023(makeProject({ id: 'later', dates: { accepted: '2024-01-01' } }))).toEqual([])
  })
})
