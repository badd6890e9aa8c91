// The whole refresh, end to end below the UI: the web bridge's fetch against a local server
// serving hand-written fixtures and faults, the shared download/normalise/merge code, and the
// renderer's Dexie database. Every fault must end with the old data intact and a clear status;
// no refresh may touch the user's tables.
import { readFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createWebBridge } from '../src/renderer/bridge/web-bridge'
import { openSandscapeDb, type SandscapeDb } from '../src/renderer/db/database'
import { readDatasetMeta, syncDataset } from '../src/renderer/db/dataset-cache'
import { readUserData } from '../src/renderer/db/backup'
import { runRefresh, type RunRefreshDeps } from '../src/renderer/features/refresh/run-refresh'
import type { RefreshRunProgress } from '../src/renderer/store/refresh-store'
import { LANDSCAPE_FIXTURE_SOURCE, makeDataset, makeProject } from '../src/shared/testing/fixtures'
import type { RefreshSource } from '../src/shared/refresh/schema'
import { startLandscapeServer, type LandscapeServer } from './landscape-server'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const curated = (id: string, overrides: Parameters<typeof makeProject>[0] | object = {}) =>
  makeProject({ id, summary: { en: `Our words on ${id}.`, ru: `Наши слова о ${id}.`, sources: [LANDSCAPE_FIXTURE_SOURCE] }, ...overrides })

// The bundle the app shipped with: the API fixture's projects as they were, plus one that left.
const bundled = makeDataset([
  curated('dimlight', { name: 'Dimlight', maturity: 'sandbox', category: 'Observability and Analysis', subcategory: 'Monitoring', repositories: [], links: { homepage: 'https://dimlight.example.org/' } }),
  curated('lighthouse-registry', { name: 'Lighthouse (Registry)', maturity: 'incubating', repositories: [{ url: 'https://github.com/lighthouse/lighthouse', primary: true }], links: { homepage: 'https://lighthouse.example.org/' } }),
  curated('old-timer', { name: 'Old Timer' }),
  curated('slug-o', { name: 'Slug Override', maturity: 'incubating', category: 'Observability and Analysis', subcategory: 'Monitoring', repositories: [{ url: 'https://github.com/slug/slug', primary: true }], links: { homepage: 'https://slug.example.org/' } }),
], '2026-08-07')

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
let server: LandscapeServer
beforeAll(async () => {
  server = await startLandscapeServer()
  const api = read('../src/shared/landscape/fixtures/api-all.fixture.json').replaceAll('https://landscape.example.org/logos/', server.url('/logos/'))
  const routes = {
    '/app/dataset.json': { contentType: 'application/json', body: JSON.stringify(bundled) },
    '/api/projects/all.json': { contentType: 'application/json', body: api, headers: { etag: '"build-7"' } },
    '/raw/landscape.yml': { contentType: 'text/plain; charset=utf-8', body: read('../src/shared/landscape/fixtures/landscape.fixture.yml') },
    '/logos/0f3a9c.svg': { contentType: 'image/svg+xml', body: read('../src/shared/refresh/fixtures/logo-safe.svg') },
    '/logos/7be210.svg': { contentType: 'image/svg+xml', body: read('../src/shared/refresh/fixtures/logo-script.svg') },
    '/logos/a1b2c3.svg': { contentType: 'image/png', body: PNG },
    '/faults/hang.json': { fault: 'hang' as const },
    '/faults/drip.json': { contentType: 'application/json', body: api, fault: 'drip' as const },
    '/faults/500.json': { status: 500, contentType: 'text/plain', body: 'Internal Server Error' },
    '/faults/truncated.json': { contentType: 'application/json', body: api.slice(0, 300) },
    '/faults/wrong-shape.json': { contentType: 'application/json', body: '{"projects": "soon"}' },
    '/faults/huge.json': { contentType: 'application/json', body: `[${' '.repeat(21 * 1024 * 1024)}]` },
    '/faults/html.json': { contentType: 'text/html', body: '<!doctype html><title>Hotel Wi-Fi</title>' },
  }
  for (const [path, route] of Object.entries(routes)) server.route(path, route)
})
afterAll(() => server.close())

let db: SandscapeDb
let counter = 0
afterEach(async () => { await db?.delete() })

const userAt = '2026-08-20T09:00:00.000Z'
async function freshDevice(): Promise<SandscapeDb> {
  db = openSandscapeDb(`refresh-e2e-${++counter}`)
  await syncDataset(db, bundled)
  await db.bookmarks.put({ projectId: 'old-timer', createdAt: userAt, lists: ['l1'] })
  await db.bookmarks.put({ projectId: 'dimlight', createdAt: userAt, lists: [] })
  await db.lists.put({ id: 'l1', name: 'Evaluate', createdAt: userAt })
  await db.notes.put({ projectId: 'old-timer', markdown: 'We still run **Old Timer** in prod.', createdAt: userAt, updatedAt: userAt })
  await db.userTags.put({ projectId: 'slug-o', tag: 'shortlist', createdAt: userAt })
  await db.comparisons.put({ id: 'c1', name: 'Monitoring', projectIds: ['dimlight', 'slug-o'], createdAt: userAt, updatedAt: userAt })
  await db.statusChanges.put({ id: 's1', projectId: 'old-timer', statusId: 'hold', at: userAt, reason: 'Still in prod' })
  await db.fields.put({ id: 'f1', name: 'Criticality', type: 'choice', choices: ['low', 'high'], order: 0, createdAt: userAt })
  await db.fieldValues.put({ projectId: 'old-timer', fieldId: 'f1', value: 'high', updatedAt: userAt })
  await db.viewSettings.put({ key: 'board', cardFields: ['f1'] })
  return db
}
/** Every user table, evaluations included. */
const userData = (db: SandscapeDb) => readUserData(db)
const dataTables = async (db: SandscapeDb) => ({ meta: await readDatasetMeta(db), projects: await db.projects.toArray(), refreshes: await db.refreshes.count(), logos: await db.logos.count() })

function deps(db: SandscapeDb, sources: RefreshSource[], extra: Partial<RunRefreshDeps> = {}): RunRefreshDeps {
  return {
    bridge: createWebBridge((input, init) => fetch(input, init), server.url('/app/')),
    db,
    sources,
    logos: true,
    signal: new AbortController().signal,
    onProgress: () => {},
    now: () => new Date('2026-09-01T10:00:00.000Z'),
    ...extra,
  }
}
const api = (path = '/api/projects/all.json'): RefreshSource => ({ format: 'api', url: server.url(path) })
const yaml = (path = '/raw/landscape.yml'): RefreshSource => ({ format: 'yaml', url: server.url(path) })

describe('a refresh from the landscape API', () => {
  it('lands the new data with figures, lists what changed, fetches safe logos and leaves user data alone', async () => {
    const db = await freshDevice()
    const before = await userData(db)
    const progress: RefreshRunProgress[] = []
    const result = await runRefresh(deps(db, [api(), yaml()], { onProgress: (p) => progress.push(p) }))
    if (!result.ok) throw new Error(JSON.stringify(result.failure))

    expect(result.record.changes.map((c) => `${c.kind}:${c.projectId}`)).toEqual([
      'added:quarry', 'promoted:lighthouse-registry', 'archived:dimlight', 'moved:lighthouse-registry', 'links:lighthouse-registry', 'removed:old-timer',
    ])
    const meta = await readDatasetMeta(db)
    expect(meta).toMatchObject({ origin: 'refresh', refreshedAt: '2026-09-01T10:00:00.000Z', bundledVersion: bundled.version, source: { live: 'api', revision: 'build-7' } })
    // The API's ids are mapped to ours; slug-o keeps its id though the API names it slug-override.
    expect((await db.projects.toCollection().primaryKeys()).sort()).toEqual(['dimlight', 'lighthouse-registry', 'quarry', 'slug-o'])
    const lighthouse = await db.projects.get('lighthouse-registry')
    expect(lighthouse).toMatchObject({ maturity: 'graduated', summary: { en: 'Our words on lighthouse-registry.' }, upstreamDescription: 'Lighthouse stores and signs container images.' })
    // Figures carry the time they were downloaded; the data is dated that day.
    expect(lighthouse?.repositories[0].figures).toMatchObject({ stars: 12345, license: 'Apache-2.0' })
    expect(lighthouse?.repositories[0].figures?.fetchedAt.slice(0, 10)).toBe(meta?.source.date)
    // New upstream: no curated summary, the upstream description instead.
    expect(await db.projects.get('quarry')).toMatchObject({ upstreamDescription: 'Quarry digs persistent volumes out of object storage.' })
    expect((await db.projects.get('quarry'))?.summary).toBeUndefined()

    // Logos: safe SVG and PNG stored as typed blobs; the scripted SVG refused; a 404 counted as failed.
    expect(result.record.logos).toEqual({ stored: 2, refused: 1, failed: 1 })
    expect((await db.logos.get('dimlight'))?.blob.type).toBe('image/svg+xml')
    expect((await db.logos.get('slug-o'))?.blob.type).toBe('image/png')
    expect(await db.logos.get('lighthouse-registry')).toBeUndefined()

    expect(progress.map((p) => p.stage)).toEqual(expect.arrayContaining(['download', 'process', 'apply', 'logos']))
    expect(await userData(db)).toEqual(before)
    expect(await db.refreshes.count()).toBe(1)
  })

  it('does not download logos again while they are fresh', async () => {
    const db = await freshDevice()
    await runRefresh(deps(db, [api()]))
    const requested = server.requests.length
    const again = await runRefresh(deps(db, [api()]))
    expect(again.ok && again.record.logos).toEqual({ stored: 0, refused: 1, failed: 1 })
    expect(again.ok && again.record.changes).toEqual([])
    expect(server.requests.slice(requested).filter((p) => p.endsWith('.svg') && !p.includes('7be210') && !p.includes('quarry'))).toEqual([])
  })

  it('falls back to landscape.yml and remembers why the API failed', async () => {
    const db = await freshDevice()
    const result = await runRefresh(deps(db, [api('/faults/500.json'), yaml()], { logos: false }))
    if (!result.ok) throw new Error(JSON.stringify(result.failure))
    expect(result.record).toMatchObject({ format: 'yaml', failedAttempts: [{ format: 'api', error: { kind: 'http', status: 500 } }] })
    expect((await readDatasetMeta(db))?.source.live).toBe('yaml')
  })
})

describe('a refresh that fails', () => {
  it.each([
    ['a server that never answers', '/faults/hang.json', 'timeout'],
    ['a slow drip', '/faults/drip.json', 'timeout'],
    ['a 404', '/faults/missing.json', 'http'],
    ['a 500', '/faults/500.json', 'http'],
    ['truncated JSON', '/faults/truncated.json', 'bad-json'],
    ['valid JSON of the wrong shape', '/faults/wrong-shape.json', 'bad-shape'],
    ['an oversized body', '/faults/huge.json', 'too-large'],
    ['the wrong content type', '/faults/html.json', 'wrong-type'],
  ])('after %s keeps the old data whole and says why', async (_name, path, kind) => {
    const db = await freshDevice()
    const before = { data: await dataTables(db), user: await userData(db) }
    // A shorter time budget than the app's 90 s, so the two slow faults end quickly.
    const bridge = createWebBridge((input, init) => fetch(input, init), server.url('/app/'), { timeoutMs: 600 })
    const result = await runRefresh({ ...deps(db, [api(path)]), bridge })
    expect(result).toMatchObject({ ok: false, failure: { kind, attempts: [{ format: 'api', url: server.url(path), error: { kind } }] } })
    expect(await dataTables(db)).toEqual(before.data)
    expect(await userData(db)).toEqual(before.user)
  })

  it('calls it offline when no source can be reached, and tries them all', async () => {
    const db = await freshDevice()
    const closed = await startLandscapeServer()
    const [a, b] = [closed.url('/all.json'), closed.url('/landscape.yml')]
    await closed.close()
    const result = await runRefresh(deps(db, [{ format: 'api', url: a }, { format: 'yaml', url: b }]))
    expect(result).toMatchObject({ ok: false, failure: { kind: 'offline', attempts: [{ format: 'api' }, { format: 'yaml' }] } })
    expect((await readDatasetMeta(db))?.version).toBe(bundled.version)
  })

  it('refuses a source listing far fewer projects than the device has', async () => {
    db = openSandscapeDb(`refresh-e2e-${++counter}`)
    const many = makeDataset(Array.from({ length: 30 }, (_, i) => curated(`p${i}`)))
    await syncDataset(db, many)
    const result = await runRefresh(deps(db, [api()]))
    expect(result).toMatchObject({ ok: false, failure: { kind: 'bad-shape', message: expect.stringMatching(/lists only 4 CNCF projects/) } })
    expect((await readDatasetMeta(db))?.version).toBe(many.version)
  })

  it('leaves everything as it was when storing fails half way', async () => {
    const db = await freshDevice()
    const before = { data: await dataTables(db), user: await userData(db) }
    // The history write is the last step of the transaction: failing there must undo the rest.
    db.refreshes.hook('creating', () => { throw new Error('disk full') })
    const result = await runRefresh(deps(db, [api()]))
    expect(result).toMatchObject({ ok: false, failure: { kind: 'storage', message: expect.stringMatching(/disk full/) } })
    expect(await dataTables(db)).toEqual(before.data)
    expect(await userData(db)).toEqual(before.user)
  })

  it('stops when cancelled, changing nothing', async () => {
    const db = await freshDevice()
    const controller = new AbortController()
    const bridge = createWebBridge((input, init) => fetch(input, init), server.url('/app/'))
    const before = await dataTables(db)
    const result = await runRefresh({ ...deps(db, [api('/faults/drip.json'), yaml()]), bridge, signal: controller.signal,
      onProgress: () => { controller.abort(); void bridge.cancelRefresh() } })
    expect(result).toMatchObject({ ok: false, failure: { kind: 'cancelled' } })
    expect(await dataTables(db)).toEqual(before)
  })
})
