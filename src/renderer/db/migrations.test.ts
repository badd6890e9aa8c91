import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { makeDataset, makeProject } from '../../shared/testing/fixtures'
import { openSandscapeDb, SCHEMA_HISTORY, USER_TABLES } from './database'
import { syncDataset } from './dataset-cache'

// User data as each schema version stored it. A new version adds its row here (and keeps the old
// ones): the test then seeds every earlier version and opens it with today's schema.
const at = '2026-10-01T10:00:00.000Z'
// A version seeds the user tables it had (a table added later has no rows to keep yet).
const V1 = {
  bookmarks: [{ projectId: 'headlamp', createdAt: at, lists: ['l1', 'l2'] }, { projectId: 'left-the-dataset', createdAt: at, lists: [] }],
  lists: [{ id: 'l1', name: 'To try', createdAt: at }, { id: 'l2', name: 'Rejected', createdAt: at }],
  notes: [{ projectId: 'headlamp', markdown: '# Try\nInstead of Lens.', createdAt: at, updatedAt: at }, { projectId: 'left-the-dataset', markdown: 'Keep me', createdAt: at, updatedAt: at }],
  userTags: [{ projectId: 'headlamp', tag: 'ui', createdAt: at }],
  comparisons: [{ id: 'c1', name: 'UIs', projectIds: ['headlamp', 'skooner'], createdAt: at, updatedAt: at }],
}
const SEEDS: Record<number, Partial<Record<(typeof USER_TABLES)[number], unknown[]>>> = {
  1: V1,
  2: {
    ...V1,
    savedViews: [{ id: 'v1', name: 'New in 2023', query: 'maturity=sandbox&accepted=2023&sort=-accepted', columns: ['name', 'accepted'], isDefault: true, createdAt: at, updatedAt: at }],
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
      const seeds = Object.entries(SEEDS[step.version]) as [(typeof USER_TABLES)[number], unknown[]][]
      for (const [table, rows] of seeds) await old.table(table).bulkPut(rows)
      old.close()

      const db = openSandscapeDb(name)
      await db.open()
      expect(db.verno).toBe(SCHEMA_HISTORY.at(-1)!.version)
      for (const table of USER_TABLES) {
        const rows = await db.table(table).toArray()
        const seeded = SEEDS[step.version][table] ?? []
        expect(rows, table).toHaveLength(seeded.length)
        for (const row of seeded) expect(rows, table).toContainEqual(expect.objectContaining(row as object))
      }

      // A dataset arriving after the upgrade still leaves the user's records alone.
      await syncDataset(db, makeDataset([makeProject({ id: 'headlamp' })]))
      expect(await db.notes.get('left-the-dataset')).toMatchObject({ markdown: 'Keep me' })
      expect(await db.bookmarks.count()).toBe(SEEDS[step.version].bookmarks?.length)
      await db.delete()
    })
  }
})
