import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { makeDataset, makeProject } from '../../shared/testing/fixtures'
import { openSandscapeDb, SCHEMA_HISTORY, USER_TABLES } from './database'
import { syncDataset } from './dataset-cache'

// User data as each schema version stored it. A new version adds its row here (and keeps the old
// ones): the test then seeds every earlier version and opens it with today's schema.
const at = '2026-10-01T10:00:00.000Z'
const SEEDS: Record<number, Record<(typeof USER_TABLES)[number], unknown[]>> = {
  1: {
    bookmarks: [{ projectId: 'headlamp', createdAt: at, lists: ['l1', 'l2'] }, { projectId: 'left-the-dataset', createdAt: at, lists: [] }],
    lists: [{ id: 'l1', name: 'To try', createdAt: at }, { id: 'l2', name: 'Rejected', createdAt: at }],
    notes: [{ projectId: 'headlamp', markdown: '# Try\nInstead of Lens.', createdAt: at, updatedAt: at }, { projectId: 'left-the-dataset', markdown: 'Keep me', createdAt: at, updatedAt: at }],
    userTags: [{ projectId: 'headlamp', tag: 'ui', createdAt: at }],
    comparisons: [{ id: 'c1', name: 'UIs', projectIds: ['headlamp', 'skooner'], createdAt: at, updatedAt: at }],
  },
  // Version 2 added dataset tables only (health figures, source statuses, snapshots): the user's
  // records are stored as in version 1.
  2: {
    bookmarks: [{ projectId: 'headlamp', createdAt: at, lists: ['l1'] }, { projectId: 'kcl', createdAt: at, lists: [] }],
    lists: [{ id: 'l1', name: 'Watch', createdAt: at }],
    notes: [{ projectId: 'left-the-dataset', markdown: 'Keep me', createdAt: at, updatedAt: at }],
    userTags: [{ projectId: 'kcl', tag: 'config', createdAt: at }],
    comparisons: [{ id: 'c2', name: 'Config', projectIds: ['kcl', 'headlamp'], createdAt: at, updatedAt: at }],
  },
}

describe('schema migrations', () => {
  it('has a seed for every shipped schema version', () => {
    expect(Object.keys(SEEDS).map(Number)).toEqual(SCHEMA_HISTORY.map((s) => s.version))
  })

  for (const step of SCHEMA_HISTORY) {
    it(`keeps every user record written at schema version ${step.version}`, async () => {
      const name = `migration-from-v${step.version}`
      const old = new Dexie(name)
      for (const earlier of SCHEMA_HISTORY.filter((s) => s.version <= step.version)) old.version(earlier.version).stores(earlier.stores)
      await old.open()
      for (const table of USER_TABLES) await old.table(table).bulkPut(SEEDS[step.version][table])
      old.close()

      const db = openSandscapeDb(name)
      await db.open()
      expect(db.verno).toBe(SCHEMA_HISTORY.at(-1)!.version)
      for (const table of USER_TABLES) {
        const rows = await db.table(table).toArray()
        expect(rows, table).toHaveLength(SEEDS[step.version][table].length)
        for (const seeded of SEEDS[step.version][table]) expect(rows, table).toContainEqual(expect.objectContaining(seeded as object))
      }

      // A dataset arriving after the upgrade still leaves the user's records alone.
      await syncDataset(db, makeDataset([makeProject({ id: 'headlamp' })]))
      expect(await db.notes.get('left-the-dataset')).toMatchObject({ markdown: 'Keep me' })
      expect(await db.bookmarks.count()).toBe(SEEDS[step.version].bookmarks.length)
      await db.delete()
    })
  }
})
