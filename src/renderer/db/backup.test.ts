import { afterEach, describe, expect, it } from 'vitest'
import { createBackup, parseBackup, serializeBackup } from '../../shared/backup/format'
import { planImport } from '../../shared/backup/plan'
import { makeDataset, makeProject } from '../../shared/testing/fixtures'
import { openSandscapeDb, type SandscapeDb } from './database'
import { deleteAllUserData, readUserData, replaceUserData } from './backup'
import { syncDataset } from './dataset-cache'
import { importSnapshots, readSnapshots, storeHealthPass } from './health'
import { EMPTY_EVALUATION_DATA } from '../../shared/evaluation/backup-merge'
import { createSavedView } from './saved-views'

let db: SandscapeDb
let n = 0
afterEach(async () => { await db.delete() })

async function seed(db: SandscapeDb) {
  const at = '2026-10-01T10:00:00.000Z'
  await db.lists.put({ id: 'l1', name: 'To try', createdAt: at })
  await db.bookmarks.put({ projectId: 'alpha', createdAt: at, lists: ['l1'] })
  await db.notes.put({ projectId: 'alpha', markdown: '# Alpha\nWorth a pilot.', createdAt: at, updatedAt: at })
  await db.notes.put({ projectId: 'gone', markdown: 'A project that left the dataset.', createdAt: at, updatedAt: at })
  await db.userTags.put({ projectId: 'alpha', tag: 'pilot', createdAt: at })
  await db.comparisons.put({ id: 'c1', name: 'Pilots', projectIds: ['alpha', 'beta'], createdAt: at, updatedAt: at })
  await db.statuses.bulkPut([{ id: 'assess', order: 0 }, { id: 'adopt', name: 'Use', order: 1 }])
  await db.statusChanges.bulkPut([
    { id: 'c-1', projectId: 'alpha', statusId: 'assess', at, reason: 'Looks **promising**' },
    { id: 'c-2', projectId: 'alpha', statusId: 'adopt', at: '2026-10-05T10:00:00.000Z' },
    { id: 'c-3', projectId: 'gone', statusId: 'removed-status', statusName: 'Watch', at, origin: 'removal' },
  ])
  await db.fields.put({ id: 'f-crit', name: 'Criticality', type: 'choice', choices: ['low', 'high'], order: 0, createdAt: at })
  await db.fieldValues.put({ projectId: 'alpha', fieldId: 'f-crit', value: 'high', updatedAt: at })
  await db.boardOrder.put({ columnId: 'adopt', projectIds: ['alpha'] })
  await db.viewSettings.bulkPut([
    { key: 'board', cardFields: ['f-crit'] },
    { key: 'radar', quadrants: [1, 2, 3, 4].map((n) => ({ id: `q${n}`, categories: [`Category ${n}`] })), rings: ['adopt', 'assess'], movedSince: '2026-09-01' },
  ])
  await createSavedView('New in 2023', { query: 'maturity=sandbox&accepted=2023&sort=-daysInStage', columns: ['name', 'daysInStage'] }, true, db, new Date(at))
}

describe('backup through the database', () => {
  it('export, wipe, import: everything back, dataset untouched', async () => {
    db = openSandscapeDb(`backup-${++n}`)
    await syncDataset(db, makeDataset([makeProject({ id: 'alpha' }), makeProject({ id: 'beta' })]))
    await seed(db)
    const before = await readUserData(db)
    const file = serializeBackup(createBackup(before, { theme: 'dark' }))

    await deleteAllUserData(db)
    expect(await readUserData(db)).toEqual({ bookmarks: [], lists: [], notes: [], userTags: [], comparisons: [], savedViews: [], ...EMPTY_EVALUATION_DATA })
    expect(await db.projects.count()).toBe(2)

    const parsed = parseBackup(file)
    if (!parsed.ok) throw new Error(parsed.message)
    const plan = planImport(await readUserData(db), parsed.backup.data, 'merge')
    await replaceUserData(plan.result, db)
    expect(await readUserData(db)).toEqual(before)
    expect(before.statusChanges).toHaveLength(3)
    expect(await db.savedViews.toArray()).toEqual([expect.objectContaining({ name: 'New in 2023', isDefault: true, columns: ['name', 'daysInStage'] })])
    expect(await db.projects.count()).toBe(2)
  })

  it('leaves the figure history out unless asked; with it, a new device gets both back', async () => {
    db = openSandscapeDb(`backup-${++n}`)
    const figures = (stars: number) => [{ url: 'https://github.com/example/alpha', primary: true, figures: { stars, fetchedAt: '2026-09-01T00:00:00Z' } }]
    await syncDataset(db, makeDataset([makeProject({ id: 'alpha', repositories: figures(10) })]))
    await seed(db)
    await storeHealthPass(db, { at: '2026-09-01T10:00:00.000Z', landscape: { ok: true, url: 'https://l.example/', projects: 1 }, results: [] })
    const user = await readUserData(db)
    const history = await readSnapshots(db)
    expect(createBackup(user, {}).history).toBeUndefined()
    const file = serializeBackup(createBackup(user, {}, new Date(), { snapshots: history }))

    // A new device: nothing of the user's, no history.
    await deleteAllUserData(db)
    await db.healthSnapshots.clear()
    const parsed = parseBackup(file)
    if (!parsed.ok) throw new Error(parsed.message)
    await replaceUserData(planImport(await readUserData(db), parsed.backup.data, 'replace').result, db)
    expect(await importSnapshots(parsed.backup.history!.snapshots, db)).toBe(1)
    expect(await readUserData(db)).toEqual(user)
    expect(await readSnapshots(db)).toEqual(history)
  })

  it('a failed import changes nothing', async () => {
    db = openSandscapeDb(`backup-${++n}`)
    await seed(db)
    const before = await readUserData(db)
    const broken = { ...before, notes: [...before.notes, { projectId: undefined as unknown as string, markdown: 'x', createdAt: 'a', updatedAt: 'b' }] }
    await expect(replaceUserData(broken, db)).rejects.toThrow()
    expect(await readUserData(db)).toEqual(before)
  })
})
