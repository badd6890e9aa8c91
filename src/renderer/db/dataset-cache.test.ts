import { afterEach, describe, expect, it } from 'vitest'
import { LANDSCAPE_FIXTURE_SOURCE, makeDataset, makeProject } from '../../shared/testing/fixtures'
import { openSandscapeDb, type SandscapeDb } from './database'
import { PACED_BATCH, putDataset, readDatasetMeta, syncDataset } from './dataset-cache'
import { readCurrentMeta } from './hooks'
import { readUserData } from './backup'

let db: SandscapeDb
let counter = 0
const freshDb = () => {
  db = openSandscapeDb(`test-cache-${++counter}`)
  return db
}
afterEach(async () => {
  await db.delete()
})

const v1 = makeDataset([makeProject({ id: 'alpha' }), makeProject({ id: 'beta' })], '2026-08-07')
const v2 = makeDataset([makeProject({ id: 'alpha', maturity: 'incubating' }), makeProject({ id: 'gamma' })], '2026-09-01')

async function seedUserData(db: SandscapeDb) {
  const at = '2026-10-01T10:00:00.000Z'
  await db.bookmarks.put({ projectId: 'beta', createdAt: at, lists: ['to-try'] })
  await db.lists.put({ id: 'to-try', name: 'To try', createdAt: at })
  await db.notes.put({ projectId: 'beta', markdown: '# Beta\nTry it on the staging cluster.', createdAt: at, updatedAt: at })
  await db.userTags.put({ projectId: 'alpha', tag: 'shortlist', createdAt: at })
  await db.comparisons.put({ id: 'c1', name: 'Proxies', projectIds: ['alpha', 'beta'], createdAt: at, updatedAt: at })
  await db.statusChanges.put({ id: 's1', projectId: 'beta', statusId: 'assess', at, reason: 'Staging pilot' })
  await db.fields.put({ id: 'f1', name: 'Owner', type: 'text', order: 0, createdAt: at })
  await db.fieldValues.put({ projectId: 'beta', fieldId: 'f1', value: 'Platform team', updatedAt: at })
  await db.boardOrder.put({ columnId: 'assess', projectIds: ['beta'] })
}

/** Every user table (the backup's view of them), to prove a dataset change leaves them alone. */
const snapshotUserData = (db: SandscapeDb) => readUserData(db)

describe('syncDataset', () => {
  it('after an update that changed the dataset\'s shape, reads no old records and replaces them, keeping user data', async () => {
    const db = freshDb()
    await seedUserData(db)
    const userData = await snapshotUserData(db)
    // What an app before dataset schema 2 left behind: refreshed data, highlights without sources.
    await db.projects.put({ ...makeProject({ id: 'alpha' }), highlights: [{ en: 'Old words', ru: 'Старые слова' }] } as never)
    await db.meta.put({ key: 'dataset', version: 'oldversion000000', schemaVersion: 1, generatedAt: '2026-09-30T00:00:00.000Z', source: { ...v1.source, date: '2026-09-30' }, projectCount: 1, cachedAt: '2026-09-30T00:00:00.000Z', origin: 'refresh' })
    expect(await readCurrentMeta(db)).toBeUndefined()
    expect(await syncDataset(db, v1)).toBe('updated')
    expect(await readCurrentMeta(db)).toMatchObject({ version: v1.version, origin: 'bundled' })
    expect((await db.projects.get('alpha'))?.highlights).toEqual([])
    expect(await snapshotUserData(db)).toEqual(userData)
  })

  it('fills an empty cache on first load', async () => {
    const db = freshDb()
    expect(await syncDataset(db, v1, () => new Date('2026-10-02T00:00:00Z'))).toBe('created')
    expect((await db.projects.toArray()).map((p) => p.id)).toEqual(['alpha', 'beta'])
    expect(await readDatasetMeta(db)).toMatchObject({ version: v1.version, projectCount: 2, cachedAt: '2026-10-02T00:00:00.000Z', source: { date: '2026-08-07' } })
  })

  it('fills it a batch at a time, as one transaction, when paced (a first launch with its rows on screen)', async () => {
    const db = freshDb()
    const many = makeDataset(Array.from({ length: PACED_BATCH * 2 + 7 }, (_, i) => makeProject({ id: `p-${i}` })))
    // The page gets its turns between the batches.
    let turns = 0
    const counting = setInterval(() => { turns++ }, 0)
    expect(await syncDataset(db, many, () => new Date('2026-10-02T00:00:00Z'), { paced: true })).toBe('created')
    clearInterval(counting)
    expect(turns).toBeGreaterThan(0)
    expect(await db.projects.count()).toBe(many.projects.length)
    expect(await readDatasetMeta(db)).toMatchObject({ version: many.version, projectCount: many.projects.length })

    // A failure in a later batch leaves nothing of the earlier ones: still one transaction.
    const other = freshDb()
    const broken = { ...many, projects: many.projects.map((p, i) => (i === PACED_BATCH + 3 ? { ...p, id: undefined as unknown as string } : p)) }
    await expect(syncDataset(other, broken, undefined, { paced: true })).rejects.toThrow()
    expect(await other.projects.count()).toBe(0)
    expect(await readDatasetMeta(other)).toBeUndefined()
    await db.delete()
  })

  it('does nothing when the version is the same', async () => {
    const db = freshDb()
    await syncDataset(db, v1)
    const before = await readDatasetMeta(db)
    expect(await syncDataset(db, v1)).toBe('unchanged')
    expect(await readDatasetMeta(db)).toEqual(before)
  })

  it('replaces the projects when the version differs', async () => {
    const db = freshDb()
    await syncDataset(db, v1)
    expect(await syncDataset(db, v2)).toBe('updated')
    const projects = await db.projects.toArray()
    expect(projects.map((p) => [p.id, p.maturity])).toEqual([['alpha', 'incubating'], ['gamma', 'sandbox']])
    expect((await readDatasetMeta(db))?.version).toBe(v2.version)
  })

  it('never touches user data, even for projects that leave the dataset', async () => {
    const db = freshDb()
    await syncDataset(db, v1)
    await seedUserData(db)
    const before = await snapshotUserData(db)
    await syncDataset(db, v2)
    expect(await snapshotUserData(db)).toEqual(before)
    expect(await db.projects.get('beta')).toBeUndefined()
    expect((await db.notes.get('beta'))?.markdown).toContain('staging cluster')
  })

  it('leaves the old copy whole when the update fails half way', async () => {
    const db = freshDb()
    await syncDataset(db, v1)
    await seedUserData(db)
    const broken = { ...v2, projects: [v2.projects[0], { ...v2.projects[1], id: undefined as unknown as string }] }
    await expect(syncDataset(db, broken)).rejects.toThrow()
    expect((await db.projects.toArray()).map((p) => p.id)).toEqual(['alpha', 'beta'])
    expect((await readDatasetMeta(db))?.version).toBe(v1.version)
    expect((await snapshotUserData(db)).notes).toHaveLength(1)
  })
})

describe('syncDataset over data refreshed on this device', () => {
  const refreshedSource = { ...v1.source, date: '2026-09-15', live: 'api' as const, url: 'https://landscape.example.org/api/projects/all.json' }
  const refreshed = makeDataset([makeProject({ id: 'alpha', maturity: 'graduated' }), makeProject({ id: 'delta', summary: undefined, upstreamDescription: 'Delta, new upstream.' })], '2026-09-15')
  const asRefreshed = { ...refreshed, source: refreshedSource }

  async function seedRefreshed(db: SandscapeDb) {
    await syncDataset(db, v1)
    await db.transaction('rw', db.projects, db.meta, db.snapshots, () => putDataset(db, asRefreshed, {
      cachedAt: '2026-09-15T10:00:00.000Z', origin: 'refresh', refreshedAt: '2026-09-15T10:00:00.000Z', bundledVersion: v1.version,
    }))
  }

  it('keeps refreshed data when the bundle it was laid over comes again', async () => {
    const db = freshDb()
    await seedRefreshed(db)
    expect(await syncDataset(db, v1)).toBe('unchanged')
    expect((await readDatasetMeta(db))?.version).toBe(asRefreshed.version)
    expect((await db.projects.get('alpha'))?.maturity).toBe('graduated')
  })

  it('keeps refreshed facts but takes an older, updated bundle’s curated words', async () => {
    const db = freshDb()
    await seedRefreshed(db)
    const update = makeDataset([makeProject({ id: 'alpha', summary: { en: 'Better words on alpha.', ru: 'Лучше об alpha.', sources: [LANDSCAPE_FIXTURE_SOURCE] } }), makeProject({ id: 'delta' })], '2026-09-01')
    expect(await syncDataset(db, update)).toBe('unchanged')
    const meta = await readDatasetMeta(db)
    expect(meta).toMatchObject({ origin: 'refresh', bundledVersion: update.version, refreshedAt: '2026-09-15T10:00:00.000Z', source: { live: 'api' } })
    expect(await db.projects.get('alpha')).toMatchObject({ maturity: 'graduated', summary: { en: 'Better words on alpha.' } })
    expect((await db.projects.get('delta'))?.summary?.en).toBe('An invented project called delta.')
    // Once laid over, the same bundle changes nothing more.
    const version = meta?.version
    expect(await syncDataset(db, update)).toBe('unchanged')
    expect((await readDatasetMeta(db))?.version).toBe(version)
  })

  it('gives way to a bundle at least as recent as the refreshed data', async () => {
    const db = freshDb()
    await seedRefreshed(db)
    const newer = makeDataset([makeProject({ id: 'alpha' }), makeProject({ id: 'epsilon' })], '2026-10-01')
    expect(await syncDataset(db, newer)).toBe('updated')
    expect(await readDatasetMeta(db)).toMatchObject({ version: newer.version, origin: 'bundled' })
    expect((await readDatasetMeta(db))?.refreshedAt).toBeUndefined()
  })
})
