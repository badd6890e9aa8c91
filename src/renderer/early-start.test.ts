// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeDataset, makeProject } from '../shared/testing/fixtures'
import { openSandscapeDb } from './db/database'
import { createWebBridge } from './bridge/web-bridge'
import { DATABASE_NAME, startEarlyDownload } from './early-start'

type Target = Parameters<typeof startEarlyDownload>[0]

function target(databases: { name: string }[], extra: Partial<Target> = {}) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(makeDataset([makeProject({ id: 'early' })]))))
  const page: Target = {
    sandscape: undefined, sandscapeEarlyDataset: undefined, document,
    indexedDB: { databases: async () => databases } as unknown as IDBFactory,
    fetch: fetch as unknown as typeof window.fetch,
    ...extra,
  }
  return { page, fetch }
}

afterEach(() => {
  document.head.querySelectorAll('link[rel="modulepreload"]').forEach((link) => link.remove())
  document.body.innerHTML = ''
  delete window.sandscapeEarlyDataset
})

describe('the early start', () => {
  it('names the app\'s database', () => {
    expect(openSandscapeDb().name).toBe(DATABASE_NAME)
  })

  it('on a first launch, starts the dataset\'s download and fetches the files its tag names', async () => {
    document.body.innerHTML = '<script type="module" data-first-launch="./assets/load-1.js ./assets/schema-2.js"></script>'
    const { page, fetch } = target([{ name: 'another-app' }])
    await startEarlyDownload(page)
    expect(fetch).toHaveBeenCalledWith(new URL('dataset.json', document.baseURI).href, { cache: 'no-cache' })
    expect(page.sandscapeEarlyDataset).toBeInstanceOf(Promise)
    expect([...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'))).toEqual(['./assets/load-1.js', './assets/schema-2.js'])
  })

  it('does nothing when the database exists, in the desktop app, or where databases cannot be listed', async () => {
    for (const { page, fetch } of [
      target([{ name: DATABASE_NAME }]),
      target([], { sandscape: {} as Target['sandscape'] }),
      target([], { indexedDB: {} as IDBFactory }),
      target([], { indexedDB: { databases: async () => { throw new Error('blocked') } } as unknown as IDBFactory }),
    ]) {
      await startEarlyDownload(page)
      expect(fetch).not.toHaveBeenCalled()
      expect(page.sandscapeEarlyDataset).toBeUndefined()
    }
  })

  it('hands its download to the web bridge once, which then downloads by itself', async () => {
    window.sandscapeEarlyDataset = Promise.resolve(new Response(JSON.stringify(makeDataset([makeProject({ id: 'early' })]))))
    const own = vi.fn(async () => new Response(JSON.stringify(makeDataset([makeProject({ id: 'own' })]))))
    const bridge = createWebBridge(own, 'http://127.0.0.1:4173/')
    const first = await bridge.loadDataset()
    expect(first.ok && first.dataset.projects.map((p) => p.id)).toEqual(['early'])
    expect(own).not.toHaveBeenCalled()
    const second = await bridge.loadDataset()
    expect(second.ok && second.dataset.projects.map((p) => p.id)).toEqual(['own'])
  })

  it('lets the bridge report an early download that failed, as it would its own', async () => {
    const failed = Promise.reject(new TypeError('Failed to fetch'))
    failed.catch(() => undefined)
    window.sandscapeEarlyDataset = failed
    const own = vi.fn(async () => new Response('{}'))
    const result = await createWebBridge(own, 'http://127.0.0.1:4173/').loadDataset()
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('unreadable')
    expect(!result.ok && result.error.detail).toContain('Failed to fetch')
    expect(own).not.toHaveBeenCalled()
  })
})
