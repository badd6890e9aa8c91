import { afterEach, describe, expect, it } from 'vitest'
import { createBackup, parseBackup, serializeBackup } from '../../shared/backup/format'
import { planImport } from '../../shared/backup/plan'
import { makeDataset, makeProject } from '../../shared/testing/fixtures'
import { openSandscapeDb, type SandscapeDb } from './database'
import { deleteAllUserData, readUserData, replaceUserData } from './backup'
import { syncDataset } from './dataset-cache'
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
    expect(await readUserData(db)).toEqual({ bookmarks: [], lists: [], notes: [], userTags: [], comparisons: [], savedViews: [] })
    expect(await db.projects.count()).toBe(2)

    const parsed = parseBackup(file)
    if (!parsed.ok) throw new Error(parsed.message)
    const plan = planImport(await readUserData(db), parsed.backup.data, 'merge')
    await replaceUserData(plan.result, db)
    expect(await readUserData(db)).toEqual(before)
    expect(await db.savedViews.toArray()).toEqual([expect.objectContaining({ name: 'New in 2023', isDefault: true, columns: ['name', 'daysInStage'] })])
    expect(await db.projects.count()).toBe(2)
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
