import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startLandscapeServer, type LandscapeServer } from '../../../test/landscape-server'
import { bestPracticesEntry, clomonitorCsv, clomonitorSearchItem, lfxInsight } from '../../../test/health-writers'
import { createParseRunner, TaskError, type ParseRunner } from '../parsing/task-runner'
import { fetchHealth, type HealthLimits } from './fetch-health'
import type { FetchHealthRequest, HealthProgress, HealthSourceResult, HealthTarget } from './schema'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const json = (body: unknown) => ({ contentType: 'application/json', body: JSON.stringify(body) })

// Quick limits: the slow faults end in a second and a half each.
const limits: Partial<HealthLimits> = { timeoutMs: 1_500, sourceBudgetMs: 6_000, retryBaseMs: 20, maxRetryWaitMs: 1_500, minIntervalMs: { clomonitor: 0, bestPractices: 0, lfx: 0 } }

let server: LandscapeServer
beforeAll(async () => { server = await startLandscapeServer() })
afterAll(() => server.close())

/** Every source healthy, under /ok/…; tests break one at a time by pointing it elsewhere. */
function serveHealthy(): void {
  server.route('/ok/clo/api/projects/search', { contentType: 'application/json; charset=utf-8', body: fixture('clomonitor-search.fixture.json') })
  server.route('/ok/clo/data/repositories.csv', { contentType: 'text/csv', body: fixture('clomonitor-repositories.fixture.csv') })
  server.route('/ok/bp/en/projects.json', { contentType: 'application/json', body: fixture('bestpractices-projects.fixture.json') })
  server.handle('/ok/lfx/api/project/', (url) => {
    const slug = decodeURIComponent(url.pathname.split('/')[5])
    return slug === 'quarry' ? { contentType: 'application/json', body: fixture('lfx-insights.fixture.json') } : undefined
  })
}
beforeEach(serveHealthy)

const targets: HealthTarget[] = [
  { projectId: 'lighthouse-registry', clomonitor: 'lighthouse', bestPractices: 1, lfx: 'lighthouse' },
  { projectId: 'quarry', clomonitor: 'quarry', bestPractices: 4602, lfx: 'quarry' },
  { projectId: 'dimlight', lfx: 'dimlight' },
]
const sources = (over: Partial<Record<'clomonitor' | 'bestPractices' | 'lfx', string>> = {}): FetchHealthRequest['sources'] => [
  { source: 'clomonitor', url: server.url(over.clomonitor ?? '/ok/clo') },
  { source: 'bestPractices', url: server.url(over.bestPractices ?? '/ok/bp') },
  { source: 'lfx', url: server.url(over.lfx ?? '/ok/lfx') },
]
type BySource = { [S in HealthSourceResult['source']]: Extract<HealthSourceResult, { source: S }> } & Record<string, HealthSourceResult>
const bySource = (results: HealthSourceResult[]) => Object.fromEntries(results.map((r) => [r.source, r])) as BySource

describe('fetchHealth', () => {
  it('reads all three sources into figures per project id, counting projects a source does not know', async () => {
    const progress: HealthProgress[] = []
    const { results } = await fetchHealth({ sources: sources(), targets }, { fetch, limits, onProgress: (p) => progress.push(p) })
    const r = bySource(results)
    expect(r.clomonitor).toMatchObject({ ok: true, notFound: 0, figures: {
      'lighthouse-registry': { name: 'lighthouse', score: 86.7, rating: 'a', failed: expect.arrayContaining(['security_policy']) },
      quarry: { name: 'quarry', score: 41.2, rating: 'c' },
    } })
    expect(r.bestPractices).toMatchObject({ ok: true, notFound: 0, figures: { 'lighthouse-registry': { id: 1, level: 'passing', tieredPercentage: 145 }, quarry: { level: 'in_progress' } } })
    expect(r.lfx).toMatchObject({ ok: true, notFound: 2, figures: { quarry: { slug: 'quarry', healthScore: 64 } } })
    expect(Object.keys(r.lfx.ok ? r.lfx.figures : {})).toEqual(['quarry'])
    expect(new Set(progress.map((p) => p.source))).toEqual(new Set(['clomonitor', 'bestPractices', 'lfx']))
  })

  it('reads the answers through the parse runner when given one, and reports a read past its budget as that source\'s timeout', async () => {
    const direct = await fetchHealth({ sources: sources(), targets }, { fetch, limits })
    const tasks: unknown[] = []
    const inline = createParseRunner()
    const counting: ParseRunner = { ...inline, run: (task, input, options) => { tasks.push(task); return inline.run(task, input, options) } }
    const viaRunner = await fetchHealth({ sources: sources(), targets }, { fetch, limits, parser: counting })
    expect(tasks.length).toBeGreaterThan(3)
    expect(new Set(tasks)).toEqual(new Set(['health']))
    const strip = (results: HealthSourceResult[]) => results.map((r) => (r.ok ? { ...r, figures: Object.keys(r.figures) } : r))
    expect(strip(viaRunner.results)).toEqual(strip(direct.results))

    const slow: ParseRunner = { ...inline, run: async () => { throw new TaskError('timeout', 'Reading took longer than 30 s.') } }
    const { results } = await fetchHealth({ sources: sources(), targets }, { fetch, limits, parser: slow })
    expect(bySource(results).bestPractices).toMatchObject({ ok: false, error: { kind: 'timeout', message: expect.stringContaining('too slow to read') } })
  })

  it('pages through CLOMonitor\'s search until a short page, and asks best practices for 20 ids at a time', async () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ name: `p${String(i).padStart(3, '0')}`, score: 40 + (i % 50) }))
    server.route('/paged/api/projects/search?foundation[0]=cncf&limit=100&offset=0&sort_by=name&sort_direction=asc', json(many.slice(0, 100).map((p, i) => clomonitorSearchItem(p, i))))
    server.route('/paged/api/projects/search?foundation[0]=cncf&limit=100&offset=100&sort_by=name&sort_direction=asc', json(many.slice(100).map((p, i) => clomonitorSearchItem(p, i + 100))))
    server.route('/paged/data/repositories.csv', { contentType: 'text/csv', body: clomonitorCsv(many.map((p) => ({ ...p, failing: ['Security Policy'] }))) })
    const ids = Array.from({ length: 45 }, (_, i) => i + 1)
    server.handle('/paged-bp/en/projects.json', (url) => json((url.searchParams.get('ids') ?? '').split(',').map((id) => bestPracticesEntry(Number(id), `P${id}`, 150))))
    const manyTargets: HealthTarget[] = many.map((p, i) => ({ projectId: p.name, clomonitor: p.name, ...(i < ids.length ? { bestPractices: ids[i] } : {}) }))
    const before = server.requests.length
    const { results } = await fetchHealth({
      sources: [{ source: 'clomonitor', url: server.url('/paged') }, { source: 'bestPractices', url: server.url('/paged-bp') }],
      targets: manyTargets,
    }, { fetch, limits })
    const r = bySource(results)
    expect(r.clomonitor.ok && Object.keys(r.clomonitor.figures)).toHaveLength(130)
    expect(r.clomonitor.ok && r.clomonitor.figures.p129.failed).toEqual(['security_policy'])
    expect(r.bestPractices.ok && Object.keys(r.bestPractices.figures)).toHaveLength(45)
    const asked = server.requests.slice(before)
    expect(asked.filter((p) => p.includes('/search?'))).toHaveLength(2)
    expect(asked.filter((p) => p.startsWith('/paged-bp/')).map((p) => new URL(p, 'http://x').searchParams.get('ids')!.split(',').length)).toEqual([20, 20, 5])
  })

  it('keeps at most four requests in flight across all sources', async () => {
    server.handle('/slow-lfx/api/project/', (url) => ({ ...json(lfxInsight({ slug: url.pathname.split('/')[4], healthScore: 50 })), delayMs: 60 }))
    server.resetPeak()
    const slugs = Array.from({ length: 16 }, (_, i) => ({ projectId: `s${i}`, lfx: `s${i}` }))
    const { results } = await fetchHealth({ sources: [{ source: 'lfx', url: server.url('/slow-lfx') }], targets: slugs }, { fetch, limits })
    expect(results[0].ok && Object.keys(results[0].figures)).toHaveLength(16)
    expect(server.peakInFlight()).toBe(4)
  })

  it('waits as long as Retry-After says and tries again', async () => {
    let calls = 0
    server.handle('/retry-lfx/api/project/', (url) => {
      calls++
      return calls === 1
        ? { status: 429, contentType: 'application/json', headers: { 'retry-after': '1' }, body: '{"statusCode":429}' }
        : json(lfxInsight({ slug: url.pathname.split('/')[4], healthScore: 70 }))
    })
    const started = Date.now()
    const { results } = await fetchHealth({ sources: [{ source: 'lfx', url: server.url('/retry-lfx') }], targets: [{ projectId: 'one', lfx: 'one' }] }, { fetch, limits })
    expect(results[0]).toMatchObject({ ok: true, figures: { one: { healthScore: 70 } } })
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
    expect(calls).toBe(2)
  })

  it('pauses a source whose rate-limit window is spent, until it resets', async () => {
    let calls = 0
    server.handle('/window-lfx/api/project/', (url) => {
      calls++
      return { ...json(lfxInsight({ slug: url.pathname.split('/')[4], healthScore: 70 })), headers: { 'x-ratelimit-remaining': calls === 1 ? '0' : '5', 'x-ratelimit-reset': '1' } }
    })
    const started = Date.now()
    const two = [{ projectId: 'a', lfx: 'a' }, { projectId: 'b', lfx: 'b' }]
    const { results } = await fetchHealth({ sources: [{ source: 'lfx', url: server.url('/window-lfx') }], targets: two }, { fetch, limits: { ...limits, concurrency: 1 } })
    expect(results[0].ok).toBe(true)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  })

  it('spaces a source\'s requests as its pace asks', async () => {
    server.handle('/paced-bp/en/projects.json', (url) => json((url.searchParams.get('ids') ?? '').split(',').map((id) => bestPracticesEntry(Number(id), `P${id}`, 120))))
    const started = Date.now()
    const ids = Array.from({ length: 41 }, (_, i) => ({ projectId: `b${i}`, bestPractices: i + 1 }))
    const { results } = await fetchHealth({ sources: [{ source: 'bestPractices', url: server.url('/paced-bp') }], targets: ids },
      { fetch, limits: { ...limits, minIntervalMs: { clomonitor: 0, bestPractices: 300, lfx: 0 } } })
    expect(results[0].ok).toBe(true)
    // Three pages, the second and third each 300 ms after the one before.
    expect(Date.now() - started).toBeGreaterThanOrEqual(580)
  })

  describe('one source failing alone', () => {
    it.each([
      ['a 429 storm', 'clomonitor', () => server.route('/storm/api/projects/search', { status: 429, contentType: 'text/plain', headers: { 'retry-after': '0' }, body: 'slow down' }), '/storm', { kind: 'http', status: 429, message: expect.stringMatching(/kept answering 429/) }],
      ['a Retry-After too long to wait', 'lfx', () => server.handle('/patience/api/project/', () => ({ status: 429, contentType: 'text/plain', headers: { 'retry-after': '3600' }, body: '' })), '/patience', { kind: 'http', status: 429, message: expect.stringMatching(/asked to wait 3600 s/) }],
      ['a server that never answers', 'bestPractices', () => server.route('/hang/en/projects.json', { fault: 'hang' }), '/hang', { kind: 'timeout' }],
      ['a slow drip', 'clomonitor', () => {
        server.route('/drip/api/projects/search', { contentType: 'application/json', body: fixture('clomonitor-search.fixture.json') })
        server.route('/drip/data/repositories.csv', { contentType: 'text/csv', body: fixture('clomonitor-repositories.fixture.csv'), fault: 'drip' })
      }, '/drip', { kind: 'timeout' }],
      ['valid JSON of the wrong shape', 'bestPractices', () => server.route('/shape/en/projects.json', json({ projects: [] })), '/shape', { kind: 'bad-shape' }],
      ['a CSV that is not CLOMonitor\'s', 'clomonitor', () => {
        server.route('/csv/api/projects/search', { contentType: 'application/json', body: fixture('clomonitor-search.fixture.json') })
        server.route('/csv/data/repositories.csv', { contentType: 'text/csv', body: 'a,b\n1,2\n' })
      }, '/csv', { kind: 'bad-shape' }],
      ['truncated JSON', 'lfx', () => server.handle('/trunc/api/project/', () => ({ contentType: 'application/json', body: '{"slug": "qua' })), '/trunc', { kind: 'bad-json' }],
      ['a sign-in page', 'bestPractices', () => server.route('/portal/en/projects.json', { contentType: 'text/html', body: '<!doctype html><title>Wi-Fi</title>' }), '/portal', { kind: 'wrong-type' }],
      ['a server that knows none of the projects', 'lfx', () => server.handle('/empty/api/project/', () => undefined), '/empty', { kind: 'bad-shape', message: expect.stringMatching(/knows none of the 3 projects/) }],
    ] as const)('after %s reports it for that source and the others still bring their figures', async (_name, failing, breakIt, path, error) => {
      breakIt()
      const { results } = await fetchHealth({ sources: sources({ [failing]: path }), targets }, { fetch, limits })
      const r = bySource(results)
      expect(r[failing]).toMatchObject({ ok: false, url: server.url(path), error })
      for (const other of ['clomonitor', 'bestPractices', 'lfx'].filter((s) => s !== failing)) expect(r[other].ok, other).toBe(true)
    })

    it('reports an unreachable source as offline', async () => {
      const closed = await startLandscapeServer()
      const url = closed.url('/gone')
      await closed.close()
      const { results } = await fetchHealth({ sources: [{ source: 'lfx', url }, { source: 'bestPractices', url: server.url('/ok/bp') }], targets }, { fetch, limits })
      expect(bySource(results).lfx).toMatchObject({ ok: false, error: { kind: 'offline' } })
      expect(bySource(results).bestPractices.ok).toBe(true)
    })
  })

  it('stops everything when cancelled, saying so', async () => {
    server.route('/stall/en/projects.json', { fault: 'hang' })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const { results } = await fetchHealth({ sources: sources({ bestPractices: '/stall' }), targets }, { fetch, limits: { ...limits, timeoutMs: 10_000 }, signal: controller.signal })
    expect(bySource(results).bestPractices).toMatchObject({ ok: false, error: { kind: 'cancelled' } })
  })

  it('asks nothing of a source none of the projects is known to', async () => {
    const before = server.requests.length
    const { results } = await fetchHealth({ sources: sources(), targets: [{ projectId: 'lonely' }] }, { fetch, limits })
    expect(results.every((r) => r.ok && Object.keys(r.figures).length === 0)).toBe(true)
    expect(server.requests.length).toBe(before)
  })
})

describe('a 429 storm over many requests', () => {
  it('gives the source up after a few rounds, not a few tries of every request', async () => {
    server.handle('/many-storm/api/project/', () => ({ status: 429, contentType: 'text/plain', headers: { 'retry-after': '1' }, body: '' }))
    const many = Array.from({ length: 200 }, (_, i) => ({ projectId: `m${i}`, lfx: `m${i}` }))
    const started = Date.now()
    const { results } = await fetchHealth({ sources: [{ source: 'lfx', url: server.url('/many-storm') }], targets: many }, { fetch, limits: { ...limits, maxRetryWaitMs: 5_000 } })
    expect(results[0]).toMatchObject({ ok: false, error: { kind: 'http', status: 429 } })
    // Three rounds of one second each, give or take: not 200 × 3 tries.
    expect(Date.now() - started).toBeLessThan(8_000)
    expect(server.requests.filter((p) => p.startsWith('/many-storm/')).length).toBeLessThan(40)
  })
})
