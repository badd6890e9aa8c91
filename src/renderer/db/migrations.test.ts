import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { makeDataset, makeProject } from '../../shared/testing/fixtures'
import { openSandscapeDb, SCHEMA_HISTORY, USER_TABLES } from './database'
import { syncDataset } from './dataset-cache'

// User data as each schema version stored it, one entry per table that version had. A new version
// adds its entry here (and keeps the old ones): the test then seeds every earlier version and opens
// it with today's schema.
const at = '2026-10-01T10:00:00.000Z'
// A version seeds the user tables it had (a table added later has no rows to keep yet).
type UserTable = (typeof USER_TABLES)[number]
const V1: Partial<Record<UserTable, unknown[]>> = {
  bookmarks: [{ projectId: 'headlamp', createdAt: at, lists: ['l1', 'l2'] }, { projectId: 'left-the-dataset', createdAt: at, lists: [] }],
  lists: [{ id: 'l1', name: 'To try', createdAt: at }, { id: 'l2', name: 'Rejected', createdAt: at }],
  notes: [{ projectId: 'headlamp', markdown: '# Try\nInstead of Lens.', createdAt: at, updatedAt: at }, { projectId: 'left-the-dataset', markdown: 'Keep me', createdAt: at, updatedAt: at }],
  userTags: [{ projectId: 'headlamp', tag: 'ui', createdAt: at }],
  comparisons: [{ id: 'c1', name: 'UIs', projectIds: ['headlamp', 'skooner'], createdAt: at, updatedAt: at }],
}
const V2: Partial<Record<UserTable, unknown[]>> = {
  ...V1,
  statuses: [{ id: 'assess', order: 0 }, { id: 'adopt', name: 'Use it', order: 1 }, { id: 'x-pilot', name: 'Pilot', order: 2 }],
  statusChanges: [
    { id: 's1', projectId: 'headlamp', statusId: 'assess', at, reason: 'Lens went paid' },
    { id: 's2', projectId: 'headlamp', statusId: 'adopt', at: '2026-10-02T09:00:00.000Z', reason: 'Plugin API **fits**', editedAt: '2026-10-03T09:00:00.000Z' },
    { id: 's3', projectId: 'left-the-dataset', statusId: 'gone-status', statusName: 'Watch', at, origin: 'removal' },
  ],
  fields: [{ id: 'f1', name: 'Criticality', type: 'choice', choices: ['low', 'medium', 'high'], order: 0, createdAt: at }],
  fieldValues: [{ projectId: 'headlamp', fieldId: 'f1', value: 'high', updatedAt: at }],
  boardOrder: [{ columnId: 'adopt', projectIds: ['headlamp', 'left-the-dataset'] }],
  viewSettings: [{ key: 'board', cardFields: ['f1'] }],
}
const V3: Partial<Record<UserTable, unknown[]>> = {
  ...V2,
  savedViews: [{ id: 'v1', name: 'New in 2023', query: 'maturity=sandbox&accepted=2023&sort=-accepted', columns: ['name', 'accepted'], isDefault: true, createdAt: at, updatedAt: at }],
}
// Version 4 added dataset tables only (health figures, source statuses, snapshots): the user's
// records are stored as in version 3, a saved view may name the health facets and columns.
const V4: Partial<Record<UserTable, unknown[]>> = {
  ...V3,
  bookmarks: [...V3.bookmarks!, { projectId: 'kcl', createdAt: at, lists: [] }],
  userTags: [...V3.userTags!, { projectId: 'kcl', tag: 'config', createdAt: at }],
  savedViews: [
    ...V3.savedViews!,
    { id: 'v2', name: 'Failing SECURITY.md', query: 'failsCheck=security_policy&sort=-clomonitorScore', columns: ['name', 'clomonitorScore', 'badgeLevel'], isDefault: false, createdAt: at, updatedAt: at },
  ],
}
const SEEDS: Record<number, Partial<Record<UserTable, unknown[]>>> = {
  1: V1,
  2: V2,
  3: V3,
  4: V4,
  // Version 5 added a dataset table (the Projects view's snapshot); the user's tables are as in 4.
  5: { ...V4, notes: [...V4.notes!, { projectId: 'kepler', markdown: 'Power figures per pod', createdAt: at, updatedAt: at }] },
}

describe('schema migrations', () => {
  it('has a seed for every shipped schema version, covering every user table it had', () => {
    expect(Object.keys(SEEDS).map(Number)).toEqual(SCHEMA_HISTORY.map((s) => s.version))
    for (const step of SCHEMA_HISTORY) {
      const tables = SCHEMA_HISTORY.filter((s) => s.version <= step.version).flatMap((s) => Object.keys(s.stores)).filter((t) => (USER_TABLES as readonly string[]).includes(t))
      expect(Object.keys(SEEDS[step.version]).sort(), `version ${step.version}`).toEqual([...new Set(tables)].sort())
    }
  })

  for (const step of SCHEMA_HISTORY) {
    it(`keeps every user record written at schema version ${step.version}`, async () => {
      const name = `migration-from-v${step.version}`
      const old = new Dexie(name)
      for (const earlier of SCHEMA_HISTORY.filter((s) => s.version <= step.version)) old.version(earlier.version).stores(earlier.stores)
      await old.open()
      const seeds = Object.entries(SEEDS[step.version]) as [UserTable, unknown[]][]
      for (const [table, rows] of seeds) await old.table(table).bulkPut(rows)
      old.close()

      const db = openSandscapeDb(name)
      await db.open()
      expect(db.verno).toBe(SCHEMA_HISTORY.at(-1)!.version)
      for (const [table, seeded] of seeds) {
        const rows = await db.table(table).toArray()
        expect(rows, table).toHaveLength(seeded.length)
        for (const row of seeded) expect(rows, table).toContainEqual(expect.objectContaining(row as object))
      }

      // A dataset arriving after the upgrade still leaves the user's records alone.
      await syncDataset(db, makeDataset([makeProject({ id: 'headlamp' })]))
      expect(await db.notes.get('left-the-dataset')).toMatchObject({ markdown: 'Keep me' })
      expect(await db.bookmarks.count()).toBe(SEEDS[step.version].bookmarks!.length)
      expect(await db.statusChanges.count()).toBe(SEEDS[step.version].statusChanges?.length ?? 0)
      await db.delete()
    })
  }
})
