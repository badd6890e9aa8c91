import { afterEach, describe, expect, it } from 'vitest'
import { openSandscapeDb, type SandscapeDb } from './database'
import { createSavedView, deleteSavedView, readDefaultSavedView, renameSavedView, setDefaultSavedView, updateSavedView } from './saved-views'

let db: SandscapeDb
let n = 0
afterEach(async () => { await db.delete() })
const content = { query: 'maturity=sandbox&sort=name', columns: ['name', 'summary'] }

describe('saved views', () => {
  it('saves, updates, renames and deletes a view', async () => {
    db = openSandscapeDb(`saved-views-${++n}`)
    const view = await createSavedView('  New   this year ', content, false, db, new Date('2026-10-01T10:00:00Z'))
    expect(view).toMatchObject({ name: 'New this year', isDefault: false, createdAt: '2026-10-01T10:00:00.000Z' })
    await updateSavedView(view.id, { query: 'sort=-accepted', columns: ['name'] }, db, new Date('2026-10-02T10:00:00Z'))
    await renameSavedView(view.id, 'Newest first', db)
    expect(await db.savedViews.get(view.id)).toMatchObject({ name: 'Newest first', query: 'sort=-accepted', columns: ['name'], createdAt: '2026-10-01T10:00:00.000Z' })
    await renameSavedView(view.id, '   ', db)
    expect((await db.savedViews.get(view.id))?.name).toBe('Newest first')
    await deleteSavedView(view.id, db)
    expect(await db.savedViews.count()).toBe(0)
  })

  it('keeps at most one default', async () => {
    db = openSandscapeDb(`saved-views-${++n}`)
    const a = await createSavedView('A', content, true, db)
    const b = await createSavedView('B', content, true, db)
    expect((await readDefaultSavedView(db))?.id).toBe(b.id)
    await setDefaultSavedView(a.id, db)
    expect((await db.savedViews.toArray()).filter((v) => v.isDefault).map((v) => v.id)).toEqual([a.id])
    await setDefaultSavedView(undefined, db)
    expect(await readDefaultSavedView(db)).toBeUndefined()
  })

  it('refuses a view without a name', async () => {
    db = openSandscapeDb(`saved-views-${++n}`)
    await expect(createSavedView('  ', content, false, db)).rejects.toThrow()
  })
})
