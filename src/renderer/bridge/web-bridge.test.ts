import { describe, expect, it, vi } from 'vitest'
import { makeDataset, makeProject } from '../../shared/testing/fixtures'
import { createWebBridge } from './web-bridge'

const base = 'http://127.0.0.1:4173/app/'
const respond = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }))

describe('createWebBridge', () => {
  it('loads dataset.json from beside index.html and validates it', async () => {
    const dataset = makeDataset([makeProject({ id: 'alpha' })])
    const fetchImpl = respond(JSON.stringify(dataset))
    const result = await createWebBridge(fetchImpl, base).loadDataset()
    expect(result).toEqual({ ok: true, dataset })
    expect(fetchImpl).toHaveBeenCalledWith('http://127.0.0.1:4173/app/dataset.json', expect.anything())
  })

  it.each([
    ['a 404', respond('nope', 404), 'missing'],
    ['a 500', respond('oops', 500), 'unreadable'],
    ['truncated JSON', respond('{"schemaVersion":1,'), 'corrupt'],
    ['the wrong shape', respond('{"hello":"world"}'), 'invalid'],
    ['a network failure', vi.fn(async () => { throw new TypeError('Failed to fetch') }), 'unreadable'],
  ])('reports %s as a readable error', async (_name, fetchImpl, code) => {
    const result = await createWebBridge(fetchImpl, base).loadDataset()
    expect(result).toMatchObject({ ok: false, error: { code } })
  })
})

describe('createWebBridge dataset version', () => {
  const dataset = makeDataset([makeProject({ id: 'alpha' })])

  it('reads the version from the start of dataset.json and stops the download there', async () => {
    let pulled = 0
    const text = JSON.stringify(dataset) + ' '.repeat(1_000_000)
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = new TextEncoder().encode(text.slice(pulled * 1024, (pulled + 1) * 1024))
        pulled++
        if (chunk.byteLength) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const result = await createWebBridge(vi.fn(async () => new Response(body)), base).datasetVersion()
    expect(result).toEqual({ ok: true, schemaVersion: dataset.schemaVersion, version: dataset.version })
    expect(pulled).toBeLessThan(10)
  })

  it.each([
    ['a 404', respond('nope', 404)],
    ['a start that is not a dataset\'s', respond('<!doctype html><title>Sign in</title>')],
    ['a network failure', vi.fn(async () => { throw new TypeError('Failed to fetch') })],
  ])('says "not known" for %s', async (_name, fetchImpl) => {
    await expect(createWebBridge(fetchImpl, base).datasetVersion()).resolves.toEqual({ ok: false })
  })
})

describe('createWebBridge refresh downloads', () => {
  const api = JSON.stringify([{ name: 'Quarry', category: 'Provisioning', subcategory: 'Automation & Configuration', maturity: 'sandbox',
    homepage_url: 'https://quarry.example.org/', logo_url: 'logos/quarry.svg' }])

  it('downloads with the browser fetch, reporting progress to listeners until they stop listening', async () => {
    const fetchImpl = vi.fn(async () => new Response(api, { headers: { 'content-type': 'application/json' } }))
    const bridge = createWebBridge(fetchImpl, base)
    const stages: string[] = []
    const stop = bridge.on('refreshProgress', (p) => stages.push(p.stage))
    const result = await bridge.fetchLandscape({ sources: [{ format: 'api', url: 'https://mirror.example.net/api/projects/all.json' }] })
    expect(result).toMatchObject({ ok: true, format: 'api', facts: [{ id: 'quarry', logo: 'https://mirror.example.net/api/projects/logos/quarry.svg' }] })
    expect(stages).toEqual(['download', 'process'])
    stop()
    await bridge.fetchLandscape({ sources: [{ format: 'api', url: 'https://mirror.example.net/api/projects/all.json' }] })
    expect(stages).toHaveLength(2)
  })

  it('cancels the downloads under way', async () => {
    let started!: () => void
    const begun = new Promise<void>((resolve) => { started = resolve })
    const fetchImpl = vi.fn((_url: string, init?: RequestInit) => new Promise<Response>((_resolve, reject) => {
      started()
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
    }))
    const bridge = createWebBridge(fetchImpl as unknown as typeof fetch, base)
    const pending = bridge.fetchLandscape({ sources: [{ format: 'api', url: 'https://x.example/all.json' }, { format: 'yaml', url: 'https://x.example/landscape.yml' }] })
    await begun
    expect(await bridge.cancelRefresh()).toEqual({ cancelled: true })
    expect(await pending).toMatchObject({ ok: false, failedAttempts: [{ format: 'api', error: { kind: 'cancelled' } }] })
    expect(fetchImpl).toHaveBeenCalledTimes(1)
    expect(await bridge.cancelRefresh()).toEqual({ cancelled: false })
  })

  it('checks logos before handing them over', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    const bridge = createWebBridge(vi.fn(async () => new Response(svg, { headers: { 'content-type': 'image/svg+xml' } })), base)
    expect(await bridge.fetchLogo({ url: 'https://x.example/logo.svg' })).toMatchObject({ ok: false, error: { kind: 'unsafe' } })
  })
})
