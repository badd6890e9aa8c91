import { describe, expect, it } from 'vitest'
import { evaluationIndex, hasEvaluationFilters, matchesEvaluation } from './filter'
import type { FieldDefinition } from './fields'

const now = Date.parse('2026-11-20T12:00:00.000Z')
const fields: FieldDefinition[] = [{ id: 'crit', name: 'Criticality', type: 'choice', choices: ['low', 'high'], order: 0, createdAt: '2026-10-01' }]
const index = evaluationIndex(
  [],
  [
    { id: '1', projectId: 'recent', statusId: 'adopt', at: '2026-11-18T10:00:00.000Z' },
    { id: '2', projectId: 'old', statusId: 'assess', at: '2026-06-01T10:00:00.000Z' },
    { id: '3', projectId: 'orphan', statusId: 'deleted-status', at: '2026-11-18T10:00:00.000Z' },
  ],
  fields,
  [{ projectId: 'recent', fieldId: 'crit', value: 'high', updatedAt: '2026-11-18' }],
  now,
)

describe('evaluation filters', () => {
  it('indexes current statuses, ranks and change dates; a status no longer in the set is no status', () => {
    expect(index.statusOf.get('recent')).toBe('adopt')
    expect(index.statusOf.has('orphan')).toBe(false)
    expect(index.changedAt.get('orphan')).toBe('2026-11-18T10:00:00.000Z')
    expect(index.statusRank.get('adopt')).toBe(3)
  })

  it('keeps projects whose status changed in the last N days', () => {
    expect(matchesEvaluation('recent', { statusChangedDays: 7 }, index)).toBe(true)
    expect(matchesEvaluation('old', { statusChangedDays: 7 }, index)).toBe(false)
    expect(matchesEvaluation('never', { statusChangedDays: 365 }, index)).toBe(false)
    expect(matchesEvaluation('old', { statusChangedDays: 365 }, index)).toBe(true)
  })

  it('applies field filters, ignoring filters on deleted fields', () => {
    expect(matchesEvaluation('recent', { fields: { crit: { kind: 'choices', values: ['high'] } } }, index)).toBe(true)
    expect(matchesEvaluation('old', { fields: { crit: { kind: 'choices', values: ['high'] } } }, index)).toBe(false)
    expect(matchesEvaluation('old', { fields: { deleted: { kind: 'text', contains: 'x' } } }, index)).toBe(true)
  })

  it('says when any evaluation filter is on', () => {
    expect(hasEvaluationFilters({ statusChangedDays: null, fields: {} })).toBe(false)
    expect(hasEvaluationFilters({ statusChangedDays: 30, fields: {} })).toBe(true)
    expect(hasEvaluationFilters({ statusChangedDays: null, fields: { crit: { kind: 'choices', values: [] } } })).toBe(false)
    // A stored state of another shape restricts nothing.
    expect(hasEvaluationFilters({ fields: null as never })).toBe(false)
    expect(matchesEvaluation('old', { fields: [1, 2] as never, statusChangedDays: '7' as never }, index)).toBe(true)
  })
})
