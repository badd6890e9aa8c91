import { afterEach, describe, expect, it, vi } from 'vitest'
import { USER_DATA_LIMITS } from '../../shared/backup/format'
import { openSandscapeDb, type SandscapeDb } from './database'
import { UserDataLimitError } from './limits'

let db: SandscapeDb
let n = 0
afterEach(async () => { await db.delete() })
const at = '2026-10-01T10:00:00.000Z'

describe('user-data limits on every write', () => {
  it('checks add, put, bulkPut, update and modify against the backup format', async () => {
    db = openSandscapeDb(`limits-${++n}`)
    await db.lists.add({ id: 'l1', name: 'Keep', createdAt: at })
    await expect(db.lists.add({ id: 'l2', name: '', createdAt: at })).rejects.toBeInstanceOf(UserDataLimitError)
    await expect(db.lists.put({ id: 'l3', name: 'x'.repeat(USER_DATA_LIMITS.nameLength + 1), createdAt: at })).rejects.toBeInstanceOf(UserDataLimitError)
    await expect(db.lists.update('l1', { name: '' })).rejects.toBeInstanceOf(UserDataLimitError)
    await expect(db.lists.toCollection().modify((l) => { l.name = '' })).rejects.toThrow()
    await expect(db.userTags.bulkPut([{ projectId: 'a', tag: 'ok', createdAt: at }, { projectId: 'a', tag: '', createdAt: at }])).rejects.toThrow()
    await expect(db.comparisons.put({ id: 'c', name: 'Six at most', projectIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g'], createdAt: at, updatedAt: at })).rejects.toBeInstanceOf(UserDataLimitError)
    expect(await db.lists.toArray()).toEqual([{ id: 'l1', name: 'Keep', createdAt: at }])
    expect(await db.userTags.count()).toBe(0)
    expect(await db.comparisons.count()).toBe(0)
  })

  it('holds the first writes open while the schemas load, in one transaction with the reads around them', async () => {
    // A fresh copy of the modules: the schemas have not loaded yet when these writes come.
    vi.resetModules()
    const fresh = await import('./database')
    const { UserDataLimitError: FreshError } = await import('./limits')
    db = fresh.openSandscapeDb(`limits-${++n}`)
    await db.transaction('rw', db.lists, db.bookmarks, async () => {
      await db.lists.add({ id: 'l1', name: 'Keep', createdAt: at })
      await db.bookmarks.add({ projectId: 'a', createdAt: at, lists: ['l1'] })
    })
    await expect(db.transaction('rw', db.lists, async () => {
      await db.lists.add({ id: 'l2', name: 'Rolled back with the next', createdAt: at })
      await db.lists.add({ id: 'l3', name: '', createdAt: at })
    })).rejects.toBeInstanceOf(FreshError)
    expect(await db.lists.toArray()).toEqual([{ id: 'l1', name: 'Keep', createdAt: at }])
    expect(await db.bookmarks.count()).toBe(1)
  })
})
