import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLandscapeServer, type LandscapeServer } from '../../../test/landscape-server'
import type { RefreshProgress } from './schema'
import { createRefreshDownloads } from './downloads'

const fixture = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
let server: LandscapeServer
beforeAll(async () => {
  server = await startLandscapeServer({
    '/api/projects/all.json': { contentType: 'application/json', body: fixture('../landscape/fixtures/api-all.fixture.json') },
    '/landscape.yml': { contentType: 'text/plain', body: fixture('../landscape/fixtures/landscape.fixture.yml') },
    '/slow.json': { contentType: 'application/json', body: '[]', fault: 'drip' },
    '/logos/evil.svg': { contentType: 'image/svg+xml', body: fixture('./fixtures/logo-script.svg') },
    '/logos/ok.svg': { contentType: 'image/svg+xml', body: fixture('./fixtures/logo-safe.svg') },
  })
})
afterAll(() => server.close())

// Node's fetch stands in for Electron's net.fetch: both are WHATWG fetch.
const downloads = () => createRefreshDownloads((url, init) => fetch(url, init))

describe('createRefreshDownloads', () => {
  it('downloads the landscape through the given fetch, forwarding progress', async () => {
    const progress: RefreshProgress[] = []
    const result = await downloads().fetchLandscape({ sources: [{ format: 'api', url: server.url('/api/projects/all.json') }] }, (p) => progress.push(p))
    expect(result).toMatchObject({ ok: true, format: 'api' })
    expect(progress.map((p) => p.stage)).toContain('download')
    expect(progress.at(-1)?.stage).toBe('process')
  })

  it('cancels every download under way, and says whether there was one', async () => {
    const d = downloads()
    expect(d.cancel()).toEqual({ cancelled: false })
    let cancelled: { cancelled: boolean } | undefined
    const result = await d.fetchLandscape(
      { sources: [{ format: 'api', url: server.url('/slow.json') }, { format: 'yaml', url: server.url('/landscape.yml') }] },
      () => { cancelled ??= d.cancel() },
    )
    expect(cancelled).toEqual({ cancelled: true })
    expect(result).toMatchObject({ ok: false, failedAttempts: [{ error: { kind: 'cancelled' } }] })
  })

  it('checks logos before handing them over', async () => {
    const d = downloads()
    expect(await d.fetchLogo({ url: server.url('/logos/ok.svg') })).toMatchObject({ ok: true, mime: 'image/svg+xml' })
    expect(await d.fetchLogo({ url: server.url('/logos/evil.svg') })).toMatchObject({ ok: false, error: { kind: 'unsafe' } })
  })
})
