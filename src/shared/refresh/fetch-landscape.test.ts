import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLandscapeServer, type LandscapeServer } from '../../../test/landscape-server'
import { fetchLandscape } from './fetch-landscape'
import type { RefreshProgress, RefreshSource } from './schema'

const apiFixture = readFileSync(new URL('../landscape/fixtures/api-all.fixture.json', import.meta.url), 'utf8')
const ymlFixture = readFileSync(new URL('../landscape/fixtures/landscape.fixture.yml', import.meta.url), 'utf8')

let server: LandscapeServer
beforeAll(async () => {
  server = await startLandscapeServer({
    '/api/all.json': { contentType: 'application/json', body: apiFixture, headers: { etag: 'W/"api-build-42"' } },
    '/raw/landscape.yml': { contentType: 'text/plain; charset=utf-8', body: ymlFixture },
    '/faults/hang.json': { fault: 'hang' },
    '/faults/drip.json': { contentType: 'application/json', body: apiFixture, fault: 'drip' },
    '/faults/500.json': { status: 500, contentType: 'text/plain', body: 'Internal Server Error' },
    '/faults/truncated.json': { contentType: 'application/json', body: apiFixture.slice(0, apiFixture.length / 2) },
    '/faults/wrong-shape.json': { contentType: 'application/json', body: JSON.stringify({ items: [{ name: 'Not a list of projects' }] }) },
    '/faults/huge.json': { contentType: 'application/json', body: `[${'0,'.repeat(40_000)}0]`, chunked: true },
    '/faults/html.json': { contentType: 'text/html', body: '<!doctype html><title>Proxy login</title>' },
    '/faults/not-yaml.yml': { contentType: 'text/plain', body: 'landscape: [\n  - {' },
    '/faults/not-landscape.yml': { contentType: 'text/plain', body: 'items:\n  - name: x\n' },
  })
})
afterAll(() => server.close())

const api = (path = '/api/all.json'): RefreshSource => ({ format: 'api', url: server.url(path) })
const yaml = (path = '/raw/landscape.yml'): RefreshSource => ({ format: 'yaml', url: server.url(path) })
const options = { fetch: (url: string, init: RequestInit) => fetch(url, init), now: () => new Date('2026-09-01T10:00:00.000Z'), limits: { timeoutMs: 400, maxBytes: 50_000 } }

describe('fetchLandscape', () => {
  it('reads the API first: facts with figures, the ETag as revision, progress along the way', async () => {
    const progress: RefreshProgress[] = []
    const result = await fetchLandscape([api(), yaml()], { ...options, onProgress: (p) => progress.push(p) })
    if (!result.ok) throw new Error(JSON.stringify(result))
    expect(result).toMatchObject({ format: 'api', url: server.url('/api/all.json'), fetchedAt: '2026-09-01T10:00:00.000Z', revision: 'api-build-42', failedAttempts: [] })
    expect(result.facts.map((f) => f.id)).toEqual(['dimlight', 'lighthouse-registry', 'quarry', 'slug-override'])
    expect(result.facts[1].repositories[0].figures?.stars).toBe(12345)
    expect(progress[0]).toMatchObject({ stage: 'download', format: 'api' })
    expect(progress.at(-1)).toEqual({ stage: 'process', format: 'api', url: server.url('/api/all.json') })
    expect(server.requests).not.toContain('/raw/landscape.yml')
  })

  it.each([
    ['a server that never answers', '/faults/hang.json', 'timeout'],
    ['a slow drip', '/faults/drip.json', 'timeout'],
    ['a 404', '/faults/missing.json', 'http'],
    ['a 500', '/faults/500.json', 'http'],
    ['truncated JSON', '/faults/truncated.json', 'bad-json'],
    ['valid JSON of the wrong shape', '/faults/wrong-shape.json', 'bad-shape'],
    ['an oversized body', '/faults/huge.json', 'too-large'],
    ['the wrong content type', '/faults/html.json', 'wrong-type'],
  ])('falls back to landscape.yml after %s, saying why the API failed', async (_name, path, kind) => {
    const result = await fetchLandscape([api(path), yaml()], options)
    if (!result.ok) throw new Error(JSON.stringify(result))
    expect(result.format).toBe('yaml')
    expect(result.failedAttempts).toEqual([{ format: 'api', url: server.url(path), error: expect.objectContaining({ kind }) }])
    expect(result.facts.map((f) => f.id)).toEqual(['dimlight', 'lighthouse-registry', 'quarry', 'slug-o'])
    // Downloaded text may be shown, attributed: the live YAML path keeps descriptions.
    expect(result.facts.find((f) => f.id === 'quarry')?.upstreamDescription).toBe('Upstream words we must not carry over.')
  })

  it('fails with every reason when no source works', async () => {
    const result = await fetchLandscape([api('/faults/500.json'), yaml('/faults/not-yaml.yml')], options)
    expect(result).toEqual({
      ok: false,
      failedAttempts: [
        { format: 'api', url: server.url('/faults/500.json'), error: { kind: 'http', status: 500, message: expect.stringMatching(/answered 500/) } },
        { format: 'yaml', url: server.url('/faults/not-yaml.yml'), error: { kind: 'bad-shape', message: expect.stringMatching(/not valid YAML/) } },
      ],
    })
  })

  it('calls a YAML file that is not a landscape the wrong shape', async () => {
    const result = await fetchLandscape([yaml('/faults/not-landscape.yml')], options)
    expect(result).toMatchObject({ ok: false, failedAttempts: [{ error: { kind: 'bad-shape', message: expect.stringMatching(/no top-level "landscape" list/) } }] })
  })

  it('stops at once when cancelled, without trying the next source', async () => {
    const controller = new AbortController()
    const before = server.requests.length
    const pending = fetchLandscape([api('/faults/drip.json'), yaml()], { ...options, limits: { timeoutMs: 10_000 }, signal: controller.signal,
      onProgress: () => controller.abort() })
    const result = await pending
    expect(result).toMatchObject({ ok: false, failedAttempts: [{ format: 'api', error: { kind: 'cancelled' } }] })
    expect(server.requests.slice(before)).toEqual(['/faults/drip.json'])
  })
})
