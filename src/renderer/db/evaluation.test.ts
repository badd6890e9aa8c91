import { afterEach, describe, expect, it } from 'vitest'
import { NO_STATUS_COLUMN } from '../../shared/evaluation/board'
import { currentStatuses } from '../../shared/evaluation/history'
import { makeDataset, makeProject } from '../../shared/testing/fixtures'
import { openSandscapeDb, type SandscapeDb } from './database'
import { syncDataset } from './dataset-cache'
import { editReason, moveCard, setFieldValue, setStatus } from './evaluation'
import { addField, addStatus, removeField, removeStatus, renameStatus } from './evaluation-setup'

let db: SandscapeDb
let n = 0
afterEach(async () => { await db.delete() })
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9))

describe('evaluation in the database', () => {
  it('records each status change with its reason, not a repeat of the current status', async () => {
    db = openSandscapeDb(`evaluation-${++n}`)
    expect(await setStatus('alpha', 'assess', ' Looks\npromising ', day(1), db)).toBe(true)
    expect(await setStatus('alpha', 'assess', 'again', day(2), db)).toBe(false)
    expect(await setStatus('alpha', 'adopt', undefined, day(3), db)).toBe(true)
    const history = await db.statusChanges.orderBy('at').toArray()
    expect(history.map((c) => [c.statusId, c.reason])).toEqual([['assess', 'Looks promising'], ['adopt', undefined]])
    await editReason(history[1].id, 'Ran it for a month', day(4), db)
    expect(await db.statusChanges.get(history[1].id)).toMatchObject({ reason: 'Ran it for a month', editedAt: day(4).toISOString(), at: day(3).toISOString() })
  })

  it('removing a status moves its projects, and keeps the history with the old name', async () => {
    db = openSandscapeDb(`evaluation-${++n}`)
    await renameStatus('hold', 'Parked', db)
    await setStatus('alpha', 'hold', 'Too early', day(1), db)
    await setStatus('beta', 'hold', undefined, day(1), db)
    await setStatus('gamma', 'adopt', undefined, day(1), db)
    expect(await removeStatus('hold', 'assess', day(2), db)).toBe(2)
    expect((await db.statuses.orderBy('order').toArray()).map((s) => s.id)).toEqual(['to-look-at', 'assess', 'trial', 'adopt', 'rejected'])
    const changes = await db.statusChanges.orderBy('at').toArray()
    expect(Object.fromEntries(currentStatuses(changes))).toEqual({ alpha: 'assess', beta: 'assess', gamma: 'adopt' })
    expect(changes.filter((c) => c.statusId === 'hold').map((c) => [c.projectId, c.statusName, c.reason]).sort()).toEqual([['alpha', 'Parked', 'Too early'], ['beta', 'Parked', undefined]])
    expect(changes.filter((c) => c.origin === 'removal')).toHaveLength(2)
    expect((await db.viewSettings.get('radar'))).toMatchObject({ rings: ['adopt', 'trial', 'assess'] })
  })

  it('adds, renames and reorders statuses, refusing an empty name for a new one', async () => {
    db = openSandscapeDb(`evaluation-${++n}`)
    expect(await addStatus('  ', db)).toBeUndefined()
    const pilot = await addStatus('Pilot', db)
    expect((await db.statuses.orderBy('order').toArray()).at(-1)).toEqual(pilot)
    await renameStatus('assess', 'Evaluate', db)
    await renameStatus('assess', '', db)
    expect(await db.statuses.get('assess')).toEqual({ id: 'assess', order: 1 })
  })

  it('moves cards between columns (a status change) and within one, keeping the order', async () => {
    db = openSandscapeDb(`evaluation-${++n}`)
    await setStatus('alpha', 'assess', undefined, day(1), db)
    await setStatus('beta', 'assess', undefined, day(1), db)
    await moveCard('beta', 'assess', ['alpha', 'beta'], 'alpha', day(2), db)
    expect(await db.boardOrder.get('assess')).toEqual({ columnId: 'assess', projectIds: ['beta', 'alpha'] })
    expect(await db.statusChanges.count()).toBe(2)
    await moveCard('gamma', 'adopt', [], null, day(3), db)
    await moveCard('alpha', NO_STATUS_COLUMN, [], null, day(4), db)
    expect(Object.fromEntries(currentStatuses(await db.statusChanges.toArray()))).toEqual({ beta: 'assess', gamma: 'adopt' })
  })

  it('removing a field removes its values and takes it off the cards; the dataset is never touched', async () => {
    db = openSandscapeDb(`evaluation-${++n}`)
    await syncDataset(db, makeDataset([makeProject({ id: 'alpha' })]))
    const field = (await addField({ name: 'Criticality', type: 'choice', choices: ['low', 'high', 'low'] }, day(1), db))!
    expect(field.choices).toEqual(['low', 'high'])
    await setFieldValue('alpha', field.id, 'high', day(1), db)
    await db.viewSettings.put({ key: 'board', cardFields: [field.id] })
    await removeField(field.id, db)
    expect(await db.fieldValues.count()).toBe(0)
    expect(await db.viewSettings.get('board')).toEqual({ key: 'board', cardFields: [] })
    expect(await db.projects.count()).toBe(1)
  })
})
