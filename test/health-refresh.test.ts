// Health figures over time, end to end below the UI: the web bridge's fetch against a local
// server serving hand-written fixtures of all four sources (the landscape API, CLOMonitor,
// OpenSSF Best Practices, LFX Insights), the shared download and parsing code, and the renderer's
// Dexie database. Two refreshes 90 days apart give trends and news; each source failing alone
// leaves the others' figures and all user data intact, with its own status.
import { readFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createWebBridge } from '../src/renderer/bridge/web-bridge'
import { openSandscapeDb, type SandscapeDb } from '../src/renderer/db/database'
import { syncDataset } from '../src/renderer/db/dataset-cache'
import { readSnapshots } from '../src/renderer/db/health'
import { runRefresh, type RunRefreshDeps } from '../src/renderer/features/refresh/run-refresh'
import { notableChanges } from '../src/shared/health/notable'
import { buildTrends } from '../src/shared/health/trends'
import type { HealthSourceId } from '../src/shared/health/schema'
import { LANDSCAPE_FIXTURE_SOURCE, makeDataset, makeProject } from '../src/shared/testing/fixtures'
import { startLandscapeServer, type FixtureRoute, type LandscapeServer } from './landscape-server'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const curated = (id: string, overrides: object = {}) => makeProject({ id, summary: { en: `Our words on ${id}.`, ru: `Наши слова о ${id}.`, sources: [LANDSCAPE_FIXTURE_SOURCE] }, ...overrides })

// The bundle: the API fixture's projects with their CLOMonitor names (the API does not publish them).
const bundled = makeDataset([
  curated('dimlight', { name: 'Dimlight', category: 'Observability and Analysis', subcategory: 'Monitoring', repositories: [], links: { homepage: 'https://dimlight.example.org/' } }),
  curated('lighthouse-registry', { name: 'Lighthouse (Registry)', maturity: 'graduated', clomonitorName: 'lighthouse', repositories: [{ url: 'https://github.com/lighthouse/lighthouse', primary: true }], links: { homepage: 'https://lighthouse.example.org/' } }),
  curated('quarry', { name: 'Quarry', clomonitorName: 'quarry', lfxSlug: 'quarry', repositories: [{ url: 'https://github.com/quarry-dev/quarry', primary: true }], links: { homepage: 'https://quarry.example.org/' } }),
  curated('slug-o', { name: 'Slug Override', maturity: 'incubating', category: 'Observability and Analysis', subcategory: 'Monitoring', repositories: [{ url: 'https://github.com/slug/slug', primary: true }], links: { homepage: 'https://slug.example.org/' } }),
], '2026-04-01')

type Api = Record<string, unknown>[]
const apiV1 = JSON.parse(read('../src/shared/landscape/fixtures/api-all.fixture.json')) as Api
/** Ninety days later: Lighthouse gains 120 stars and loses 38% of its contributors, releases again. */
function apiV2(): Api {
  const next = structuredClone(apiV1)
  const lighthouse = next.find((p) => p.name === 'Lighthouse (Registry)')!
  const repo = (lighthouse.repositories as Record<string, unknown>[])[0]
  Object.assign(repo, { stars: 12465, contributors: 200, latest_release: '2026-08-20T12:00:00Z' })
  return next
}
const searchV1 = read('../src/shared/health/fixtures/clomonitor-search.fixture.json')
/** Ninety days later: Quarry's CLOMonitor score climbs from 41.2 to 55. */
const searchV2 = searchV1.replace('"global": 41.2', '"global": 55.0')
const csv = read('../src/shared/health/fixtures/clomonitor-repositories.fixture.csv')
const badges = read('../src/shared/health/fixtures/bestpractices-projects.fixture.json')
const lfxV1 = read('../src/shared/health/fixtures/lfx-insights.fixture.json')
const lfxV2 = lfxV1.replace('"healthScore": 64.4', '"healthScore": 58')

const json = (body: string): FixtureRoute => ({ contentType: 'application/json', body })
let server: LandscapeServer
function serve(version: 1 | 2): void {
  server.route('/app/dataset.json', json(JSON.stringify(bundled)))
  server.route('/api/projects/all.json', json(JSON.stringify(version === 1 ? apiV1 : apiV2())))
  server.route('/clo/api/projects/search', json(version === 1 ? searchV1 : searchV2))
  server.route('/clo/data/repositories.csv', { contentType: 'text/csv', body: csv })
  server.route('/bp/en/projects.json', json(badges))
  server.handle('/lfx/api/project/', (url) => (url.pathname.endsWith('/quarry/insights') ? json(version === 1 ? lfxV1 : lfxV2) : undefined))
}
beforeAll(async () => { server = await startLandscapeServer() })
afterAll(() => server.close())
beforeEach(() => serve(1))

let db: SandscapeDb
let counter = 0
afterEach(async () => { await db?.delete() })
const userAt = '2026-04-02T09:00:00.000Z'
async function freshDevice(): Promise<SandscapeDb> {
  db = openSandscapeDb(`health-refresh-${++counter}`)
  await syncDataset(db, bundled)
  await db.bookmarks.put({ projectId: 'lighthouse-registry', createdAt: userAt, lists: ['l1'] })
  await db.bookmarks.put({ projectId: 'quarry', createdAt: userAt, lists: [] })
  await db.lists.put({ id: 'l1', name: 'Watch', createdAt: userAt })
  await db.notes.put({ projectId: 'quarry', markdown: 'Check the **operator**.', createdAt: userAt, updatedAt: userAt })
  await db.userTags.put({ projectId: 'quarry', tag: 'storage', createdAt: userAt })
  await db.comparisons.put({ id: 'c1', name: 'Storage', projectIds: ['quarry', 'dimlight'], createdAt: userAt, updatedAt: userAt })
  return db
}
const userData = async (db: SandscapeDb) => ({
  bookmarks: await db.bookmarks.toArray(), lists: await db.lists.toArray(), notes: await db.notes.toArray(),
  userTags: await db.userTags.toArray(), comparisons: await db.comparisons.toArray(),
})

const T0 = new Date('2026-06-01T10:00:00.000Z')
const T90 = new Date(T0.getTime() + 90 * 86_400_000)
const fast = { timeoutMs: 1_000, health: { timeoutMs: 1_000, sourceBudgetMs: 5_000, retryBaseMs: 10, maxRetryWaitMs: 1_000, minIntervalMs: { clomonitor: 0, bestPractices: 0, lfx: 0 } } }
type Paths = { api: string; clomonitor: string; bestPractices: string; lfx: string }
const PATHS: Paths = { api: '/api/projects/all.json', clomonitor: '/clo', bestPractices: '/bp', lfx: '/lfx' }

function deps(db: SandscapeDb, at: Date, paths: Partial<Paths> = {}): RunRefreshDeps {
  const p = { ...PATHS, ...paths }
  return {
    bridge: createWebBridge((input, init) => fetch(input, init), server.url('/app/'), fast),
    db,
    sources: [{ format: 'api', url: server.url(p.api) }],
    healthSources: (['clomonitor', 'bestPractices', 'lfx'] as const).map((source) => ({ source, url: server.url(p[source]) })),
    logos: false,
    signal: new AbortController().signal,
    onProgress: () => {},
    now: () => at,
  }
}

describe('two refreshes ninety days apart', () => {
  it('bring every source\'s figures, keep a snapshot of each, and tell the trends and the news', async () => {
    const db = await freshDevice()
    const before = await userData(db)
    const first = await runRefresh(deps(db, T0))
    expect(first.ok).toBe(true)
    expect(first.health).toEqual([
      { source: 'clomonitor', ok: true, projects: 2 },
      { source: 'bestPractices', ok: true, projects: 1 },
      { source: 'lfx', ok: true, projects: 1 },
    ])
    expect(await db.health.get('lighthouse-registry')).toMatchObject({
      clomonitor: { score: 86.7, rating: 'a', failed: expect.arrayContaining(['security_policy']), fetchedAt: T0.toISOString() },
      bestPractices: { id: 1, level: 'passing', tieredPercentage: 145 },
    })
    expect(await db.health.get('quarry')).toMatchObject({ clomonitor: { score: 41.2 }, lfx: { healthScore: 64 } })

    serve(2)
    const second = await runRefresh(deps(db, T90))
    expect(second.ok).toBe(true)
    const snapshots = await readSnapshots(db)
    expect(snapshots.map((s) => s.at)).toEqual([T0.toISOString(), T90.toISOString()])

    const trends = buildTrends(snapshots)
    expect(trends.get('lighthouse-registry')?.deltas.stars).toMatchObject({ change: 120, days: 90 })
    expect(trends.get('lighthouse-registry')?.deltas.contributors).toMatchObject({ change: -121, days: 90 })
    expect(trends.get('lighthouse-registry')?.declining).toBe('contributors')
    expect(trends.get('quarry')?.deltas.clomonitor).toMatchObject({ change: 14, days: 90 })

    const watched = new Set((await db.bookmarks.toArray()).map((b) => b.projectId))
    expect(notableChanges(snapshots, watched).changes).toEqual([
      { kind: 'declining', projectId: 'lighthouse-registry', reason: 'contributors' },
      { kind: 'score', projectId: 'quarry', from: 41, to: 55 },
      { kind: 'release', projectId: 'lighthouse-registry', day: '2026-08-20' },
    ])
    expect(await userData(db)).toEqual(before)
    expect(Object.fromEntries((await db.sourceStatus.toArray()).map((s) => [s.source, s.ok]))).toEqual({ landscape: true, clomonitor: true, bestPractices: true, lfx: true })
  })
})

type Source = 'landscape' | HealthSourceId
const BREAK: Record<Source, (fault: FixtureRoute) => Partial<Paths>> = {
  landscape: (fault) => { server.route('/broken/all.json', fault); return { api: '/broken/all.json' } },
  clomonitor: (fault) => { server.route('/broken-clo/api/projects/search', fault); return { clomonitor: '/broken-clo' } },
  bestPractices: (fault) => { server.route('/broken-bp/en/projects.json', fault); return { bestPractices: '/broken-bp' } },
  lfx: (fault) => { server.handle('/broken-lfx/api/project/', () => fault); return { lfx: '/broken-lfx' } },
}
const FAULTS: [string, FixtureRoute, string][] = [
  ['a timeout', { fault: 'hang' }, 'timeout'],
  ['a 429 storm', { status: 429, contentType: 'text/plain', headers: { 'retry-after': '0' }, body: 'Too Many Requests' }, 'http'],
  ['the wrong shape', { contentType: 'application/json', body: '{"data": "moved"}' }, 'bad-shape'],
]

describe('one source failing alone', () => {
  const cases = (['landscape', 'clomonitor', 'bestPractices', 'lfx'] as const).flatMap((source) => FAULTS.map(([name, fault, kind]) => [source, name, fault, kind] as const))
  it.each(cases)('%s after %s: its figures stay as they were, the others move on, user data untouched', async (source, _name, fault, kind) => {
    const db = await freshDevice()
    await runRefresh(deps(db, T0))
    const before = { user: await userData(db), health: await db.health.toArray(), projects: await db.projects.toArray() }
    serve(2)
    const result = await runRefresh(deps(db, T90, BREAK[source](fault)))

    const status = await db.sourceStatus.get(source)
    expect(status).toMatchObject({ ok: false, at: T90.toISOString(), error: { kind } })
    if (kind === 'http') expect(status?.error?.status).toBe(429)
    for (const other of (['landscape', 'clomonitor', 'bestPractices', 'lfx'] as const).filter((s) => s !== source)) {
      expect(await db.sourceStatus.get(other), other).toMatchObject({ ok: true, at: T90.toISOString() })
    }
    const health = new Map((await db.health.toArray()).map((r) => [r.projectId, r]))
    const old = new Map(before.health.map((r) => [r.projectId, r]))
    // The failing source's part of every record is exactly as before; the others took version 2.
    if (source !== 'landscape') for (const [id, record] of old) expect(health.get(id)?.[source], id).toEqual(record[source])
    if (source !== 'clomonitor') expect(health.get('quarry')?.clomonitor?.score).toBe(55)
    if (source !== 'lfx') expect(health.get('quarry')?.lfx?.healthScore).toBe(58)
    if (source === 'landscape') {
      expect(result).toMatchObject({ ok: false, failure: { kind } })
      expect(await db.projects.toArray()).toEqual(before.projects)
    } else {
      expect(result.ok).toBe(true)
      expect(result.health.find((h) => h.source === source)).toMatchObject({ ok: false, error: { kind } })
      const lighthouse = await db.projects.get('lighthouse-registry')
      expect(lighthouse?.repositories[0].figures?.stars).toBe(12465)
    }
    expect(await userData(db)).toEqual(before.user)
  })
})
