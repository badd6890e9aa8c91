import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createBackup, parseBackup, serializeBackup, type BackupData } from '../backup/format'
import { planImport } from '../backup/plan'
import { EMPTY_EVALUATION_DATA, mergeEvaluation, type EvaluationData } from './backup-merge'

const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T10:00:00.000Z`
const device: EvaluationData = {
  statuses: [{ id: 'assess', order: 0 }, { id: 'adopt', name: 'Use it', order: 1 }],
  statusChanges: [{ id: 'c1', projectId: 'alpha', statusId: 'assess', at: at(1), reason: 'First look' }],
  fields: [{ id: 'f1', name: 'Criticality', type: 'choice', choices: ['low', 'high'], order: 0, createdAt: at(1) }],
  fieldValues: [{ projectId: 'alpha', fieldId: 'f1', value: 'low', updatedAt: at(2) }],
  boardOrder: [{ columnId: 'assess', projectIds: ['alpha'] }],
  viewSettings: [{ key: 'board', cardFields: ['f1'] }],
}
const laptop: EvaluationData = {
  statuses: [],
  statusChanges: [
    { id: 'c1', projectId: 'alpha', statusId: 'assess', at: at(1), reason: 'First look, edited', editedAt: at(5) },
    { id: 'c9', projectId: 'beta', statusId: 'rejected', at: at(3) },
  ],
  fields: [
    { id: 'x1', name: 'criticality', type: 'choice', choices: ['low', 'medium'], order: 0, createdAt: at(1) },
    { id: 'x2', name: 'Owner', type: 'text', order: 1, createdAt: at(1) },
  ],
  fieldValues: [
    { projectId: 'alpha', fieldId: 'x1', value: 'medium', updatedAt: at(4) },
    { projectId: 'beta', fieldId: 'x2', value: 'Platform team', updatedAt: at(4) },
  ],
  boardOrder: [{ columnId: 'assess', projectIds: ['gamma', 'alpha'] }],
  viewSettings: [{ key: 'board', cardFields: [] }, { key: 'radar', quadrants: [0, 1, 2, 3].map((n) => ({ id: `q${n}`, categories: [] })), rings: ['adopt'] }],
}

describe('merging evaluation data', () => {
  const merged = mergeEvaluation(device, laptop)

  it('keeps the device\'s statuses and adds the defaults the backup\'s history uses', () => {
    expect(merged.statuses).toEqual([{ id: 'assess', order: 0 }, { id: 'adopt', name: 'Use it', order: 1 }, { id: 'rejected', order: 2 }])
  })

  it('joins histories by id, the later reason edit winning', () => {
    expect(merged.statusChanges.map((c) => [c.id, c.reason])).toEqual([['c1', 'First look, edited'], ['c9', undefined]])
  })

  it('matches fields by name and type, joins their choices, keeps the newer value', () => {
    expect(merged.fields.map((f) => [f.id, f.name, f.choices])).toEqual([['f1', 'Criticality', ['low', 'high', 'medium']], ['x2', 'Owner', undefined]])
    expect(merged.fieldValues).toContainEqual({ projectId: 'alpha', fieldId: 'f1', value: 'medium', updatedAt: at(4) })
    expect(merged.fieldValues).toHaveLength(2)
  })

  it('keeps the device\'s board order and settings, adding what it lacks', () => {
    expect(merged.boardOrder).toEqual([{ columnId: 'assess', projectIds: ['alpha', 'gamma'] }])
    expect(merged.viewSettings.map((s) => s.key)).toEqual(['board', 'radar'])
    expect(merged.viewSettings[0]).toEqual({ key: 'board', cardFields: ['f1'] })
  })

  it('keeps the defaults when neither side stored a status set', () => {
    expect(mergeEvaluation(EMPTY_EVALUATION_DATA, { ...EMPTY_EVALUATION_DATA, statusChanges: laptop.statusChanges }).statuses).toEqual([])
  })
})

const base: BackupData = { bookmarks: [], lists: [], notes: [], userTags: [], comparisons: [], savedViews: [], ...EMPTY_EVALUATION_DATA }

describe('backup format 2', () => {
  it('still imports a format 1 backup, with no evaluation data', () => {
    const v1 = { format: 'sandscape-backup', version: 1, exportedAt: at(1), data: { bookmarks: [], lists: [], notes: [{ projectId: 'a', markdown: 'x', createdAt: at(1), updatedAt: at(1) }], userTags: [], comparisons: [] }, settings: {} }
    const parsed = parseBackup(JSON.stringify(v1))
    expect(parsed.ok && parsed.backup.data).toEqual({ ...base, notes: v1.data.notes })
  })

  it('refuses a value that does not fit its field, or belongs to no field', () => {
    const wrongType = createBackup({ ...base, fields: device.fields, fieldValues: [{ projectId: 'a', fieldId: 'f1', value: 3, updatedAt: at(1) }] }, {})
    expect(parseBackup(serializeBackup(wrongType))).toMatchObject({ ok: false, kind: 'invalid' })
    const orphan = createBackup({ ...base, fieldValues: [{ projectId: 'a', fieldId: 'nope', value: 'x', updatedAt: at(1) }] }, {})
    expect(parseBackup(serializeBackup(orphan))).toMatchObject({ ok: false, kind: 'invalid' })
  })

  it('round-trips any evaluation data, and importing it into itself changes nothing', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,12}$/)
    const day = fc.integer({ min: 1, max: 28 }).map(at)
    const data = fc.record({
      statuses: fc.uniqueArray(fc.record({ id, name: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }), order: fc.nat(50) }), { selector: (s) => s.id, maxLength: 8 }),
      statusChanges: fc.uniqueArray(fc.record({ id, projectId: id, statusId: fc.option(id, { nil: null }), at: day, reason: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }) }), { selector: (c) => c.id, maxLength: 20 }),
      boardOrder: fc.uniqueArray(fc.record({ columnId: id, projectIds: fc.array(id, { maxLength: 5 }) }), { selector: (o) => o.columnId, maxLength: 4 }),
    }).map((d) => ({
      ...base,
      statuses: d.statuses.map(({ name, ...s }) => (name === undefined ? s : { ...s, name })),
      statusChanges: d.statusChanges.map(({ reason, ...c }) => (reason === undefined ? c : { ...c, reason })),
      boardOrder: d.boardOrder.map((o) => ({ ...o, projectIds: [...new Set(o.projectIds)] })),
    }))
    fc.assert(fc.property(data, (value) => {
      const backup = createBackup(value, {}, new Date(at(9)))
      const parsed = parseBackup(serializeBackup(backup))
      expect(parsed).toEqual({ ok: true, backup, ignoredSettings: [] })
      const plan = planImport(value, value, 'merge')
      for (const kind of ['statusChanges', 'boardOrder'] as const) expect(plan.kinds[kind].add + plan.kinds[kind].change + plan.kinds[kind].remove).toBe(0)
    }), { numRuns: 150 })
  })
})
