import { afterEach, describe, expect, it } from 'vitest'
import type { HealthSourceResult } from '../../shared/health/schema'
import { makeDataset, makeProject } from '../../shared/testing/fixtures'
import { readUserData } from './backup'
import { openSandscapeDb, type SandscapeDb } from './database'
import { syncDataset } from './dataset-cache'
import { importSnapshots, readSnapshots, storeHealthPass } from './health'

let db: SandscapeDb
let counter = 0
afterEach(async () => { await db?.delete() })

const repo = (stars: number, contributors: number) => [{ url: 'https://github.com/example/x', primary: true, figures: { stars, contributors, fetchedAt: '2026-06-01T00:00:00Z' } }]
const userAt = '2026-05-01T00:00:00.000Z'

async function device(): Promise<SandscapeDb> {
  db = openSandscapeDb(`health-${++counter}`)
  await syncDataset(db, makeDataset([makeProject({ id: 'alpha', repositories: repo(100, 40) }), makeProject({ id: 'beta', repositories: repo(50, 10) })]))
  await db.bookmarks.put({ projectId: 'alpha', createdAt: userAt, lists: ['l1'] })
  await db.lists.put({ id: 'l1', name: 'Watch', createdAt: userAt })
  await db.notes.put({ projectId: 'beta', markdown: 'Keep an eye on it.', createdAt: userAt, updatedAt: userAt })
  return db
}

const clomonitor = (scores: Record<string, number>): HealthSourceResult => ({
  ok: true, source: 'clomonitor', url: 'https://clomonitor.example/', notFound: 0,
  figures: Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, { name: id, score, rating: 'b' as const, sections: {}, passed: [], failed: ['security_policy'] }])),
})
const lfx = (scores: Record<string, number>): HealthSourceResult => ({
  ok: true, source: 'lfx', url: 'https://lfx.example/', notFound: 0,
  figures: Object.fromEntries(Object.entries(scores).map(([id, healthScore]) => [id, { slug: id, healthScore, parts: {} }])),
})
const failed = (source: 'clomonitor' | 'lfx'): HealthSourceResult => ({ ok: false, source, url: `https://${source}.example/`, error: { kind: 'http', status: 429, message: 'rate limited' } })

describe('storeHealthPass', () => {
  it('stores each source\'s figures, its status and a snapshot of what came fresh', async () => {
    const db = await device()
    const snapshot = await storeHealthPass(db, {
      at: '2026-06-01T10:00:00.000Z',
      landscape: { ok: true, url: 'https://landscape.example/all.json', projects: 2 },
      results: [clomonitor({ alpha: 61.4, beta: 80 }), lfx({ alpha: 70 })],
    })
    expect(await db.health.get('alpha')).toMatchObject({ clomonitor: { score: 61.4, fetchedAt: '2026-06-01T10:00:00.000Z' }, lfx: { healthScore: 70 } })
    expect(snapshot).toEqual({
      at: '2026-06-01T10:00:00.000Z', ids: ['alpha', 'beta'],
      values: { stars: [100, 50], contributors: [40, 10], clomonitor: [61, 80], lfx: [70, null], archived: [0, 0] },
    })
    expect(await db.sourceStatus.get('landscape')).toMatchObject({ ok: true, projects: 2 })
    expect(await db.sourceStatus.get('clomonitor')).toMatchObject({ ok: true, projects: 2, notFound: 0 })
  })

  it('keeps a failed source\'s old figures, replaces an answering one\'s, and records why it failed', async () => {
    const db = await device()
    await storeHealthPass(db, { at: '2026-06-01T10:00:00.000Z', results: [clomonitor({ alpha: 61, beta: 80 }), lfx({ alpha: 70, beta: 40 })] })
    const user = await readUserData(db)
    const snapshot = await storeHealthPass(db, {
      at: '2026-06-08T10:00:00.000Z',
      landscape: { ok: false, url: 'https://landscape.example/all.json', error: { kind: 'timeout', message: 'too slow' } },
      results: [failed('clomonitor'), lfx({ beta: 45 })],
    })
    expect(await db.health.get('alpha')).toMatchObject({ clomonitor: { score: 61 } })
    expect((await db.health.get('alpha'))?.lfx).toBeUndefined()
    expect(await db.health.get('beta')).toMatchObject({ clomonitor: { score: 80 }, lfx: { healthScore: 45 } })
    // Only the answering source is in the snapshot: no stale CLOMonitor scores, no landscape figures.
    expect(snapshot?.values).toEqual({ lfx: [null, 45] })
    expect(await db.sourceStatus.get('clomonitor')).toMatchObject({ ok: false, error: { kind: 'http', status: 429 } })
    expect(await db.sourceStatus.get('landscape')).toMatchObject({ ok: false, error: { kind: 'timeout' } })
    expect(await readUserData(db)).toEqual(user)
  })

  it('drops a project\'s record once no source has figures for it', async () => {
    const db = await device()
    await storeHealthPass(db, { at: '2026-06-01T10:00:00.000Z', results: [clomonitor({ beta: 80 })] })
    await storeHealthPass(db, { at: '2026-06-02T10:00:00.000Z', results: [clomonitor({ alpha: 50 })] })
    expect(await db.health.get('beta')).toBeUndefined()
  })

  it('thins old snapshots as it adds new ones, and adds none when nothing came', async () => {
    const db = await device()
    for (let week = 0; week < 30; week++) {
      const at = new Date(Date.UTC(2026, 0, 1) + week * 7 * 86_400_000).toISOString()
      await storeHealthPass(db, { at, landscape: { ok: true, url: 'https://l.example/', projects: 2 }, results: [] })
    }
    const count = await db.healthSnapshots.count()
    expect(count).toBeLessThan(30)
    expect(await storeHealthPass(db, { at: '2026-12-01T00:00:00.000Z', results: [failed('lfx')] })).toBeUndefined()
    expect(await db.healthSnapshots.count()).toBe(count)
  })

  it('is a dataset table: a new bundle and "delete all my data" both leave it, and it never touches user data', async () => {
    const db = await device()
    await storeHealthPass(db, { at: '2026-06-01T10:00:00.000Z', landscape: { ok: true, url: 'https://l.example/', projects: 2 }, results: [clomonitor({ alpha: 61 })] })
    await syncDataset(db, makeDataset([makeProject({ id: 'alpha' })], '2026-12-01'))
    expect(await db.healthSnapshots.count()).toBe(1)
    expect(await db.health.count()).toBe(1)
    expect(await db.notes.get('beta')).toMatchObject({ markdown: 'Keep an eye on it.' })
  })
})

describe('importSnapshots', () => {
  it('adds what the device lacks and keeps its own for the same time', async () => {
    const db = await device()
    await storeHealthPass(db, { at: '2026-06-01T10:00:00.000Z', landscape: { ok: true, url: 'https://l.example/', projects: 2 }, results: [] })
    const added = await importSnapshots([
      { at: '2026-06-01T10:00:00.000Z', ids: ['alpha'], values: { stars: [1] } },
      { at: '2026-05-25T10:00:00.000Z', ids: ['alpha'], values: { stars: [90] } },
    ], db)
    expect(added).toBe(1)
    const all = await readSnapshots(db)
    expect(all.map((s) => s.at)).toEqual(['2026-05-25T10:00:00.000Z', '2026-06-01T10:00:00.000Z'])
    expect(all[1].values.stars).toEqual([100, 50])
  })
})
