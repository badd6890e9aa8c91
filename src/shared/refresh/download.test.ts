import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLandscapeServer, type LandscapeServer } from '../../../test/landscape-server'
import { download, DownloadError, mediaType, parseJson, type DownloadOptions } from './download'

let server: LandscapeServer
const body = JSON.stringify({ hello: 'world', padding: 'x'.repeat(4000) })
beforeAll(async () => {
  server = await startLandscapeServer({
    '/ok.json': { contentType: 'application/json; charset=utf-8', body, headers: { etag: '"abc123"', 'last-modified': 'Tue, 01 Sep 2026 10:00:00 GMT' } },
    '/chunked.json': { contentType: 'application/json', body, chunked: true },
    '/hang.json': { fault: 'hang' },
    '/drip.json': { contentType: 'application/json', body, fault: 'drip' },
    '/cut.json': { contentType: 'application/json', body, fault: 'cut' },
    '/500.json': { status: 500, contentType: 'text/plain', body: 'boom' },
    '/portal.json': { contentType: 'text/html', body: '<html><body>Sign in to the Wi-Fi</body></html>' },
    '/no-type.json': { body },
    '/big.json': { contentType: 'application/json', body: 'x'.repeat(5000) },
    '/big-chunked.json': { contentType: 'application/json', body: 'x'.repeat(5000), chunked: true },
    '/truncated.json': { contentType: 'application/json', body: body.slice(0, 100) },
  })
})
afterAll(() => server.close())

const options = (overrides: Partial<DownloadOptions> = {}): DownloadOptions => ({
  fetch: (url, init) => fetch(url, init),
  timeoutMs: 5000,
  maxBytes: 10_000,
  contentTypes: ['application/json'],
  ...overrides,
})

async function failure(url: string, overrides: Partial<DownloadOptions> = {}): Promise<DownloadError> {
  try {
    await download(url, options(overrides))
  } catch (error) {
    if (error instanceof DownloadError) return error
    throw error
  }
  throw new Error('expected the download to fail')
}

describe('download', () => {
  it('returns the bytes, media type and version headers, reporting progress as bytes arrive', async () => {
    const progress: number[] = []
    const result = await download(server.url('/ok.json'), options({ onProgress: (p) => progress.push(p.receivedBytes) }))
    expect(new TextDecoder().decode(result.bytes)).toBe(body)
    expect(result).toMatchObject({ contentType: 'application/json', etag: '"abc123"', lastModified: 'Tue, 01 Sep 2026 10:00:00 GMT' })
    expect(progress.at(-1)).toBe(body.length)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
  })

  it('reads bodies sent without a Content-Length', async () => {
    const result = await download(server.url('/chunked.json'), options())
    expect(result.bytes.byteLength).toBe(body.length)
  })

  it.each([
    ['a server that never answers', '/hang.json', 'timeout'],
    ['a slow drip that never finishes', '/drip.json', 'timeout'],
  ])('gives up on %s within the time budget', async (_name, path, kind) => {
    const error = await failure(server.url(path), { timeoutMs: 300 })
    expect(error.kind).toBe(kind)
    expect(error.message).toMatch(/127\.0\.0\.1:\d+ did not finish sending/)
  })

  it('reports a 404 and a 500 as http errors with the status', async () => {
    expect(await failure(server.url('/missing.json'))).toMatchObject({ kind: 'http', status: 404 })
    const error = await failure(server.url('/500.json'))
    expect(error).toMatchObject({ kind: 'http', status: 500 })
    expect(error.message).toMatch(/answered 500/)
  })

  it('refuses a captive-portal HTML page and a body without a content type', async () => {
    const portal = await failure(server.url('/portal.json'))
    expect(portal.kind).toBe('wrong-type')
    expect(portal.message).toMatch(/sent text\/html, not application\/json/)
    expect((await failure(server.url('/no-type.json'))).kind).toBe('wrong-type')
  })

  it('refuses an oversized body, whether announced by Content-Length or streamed', async () => {
    expect(await failure(server.url('/big.json'), { maxBytes: 1000 })).toMatchObject({ kind: 'too-large' })
    const streamed = await failure(server.url('/big-chunked.json'), { maxBytes: 1000 })
    expect(streamed.kind).toBe('too-large')
    expect(streamed.message).toMatch(/more than the 1000 B allowed/)
  })

  it('calls a refused connection and a connection that breaks off "offline"', async () => {
    const closed = await startLandscapeServer()
    const url = closed.url('/gone.json')
    await closed.close()
    const refused = await failure(url)
    expect(refused.kind).toBe('offline')
    expect(refused.message).toMatch(/^Could not connect to 127\.0\.0\.1/)
    const cut = await failure(server.url('/cut.json'))
    expect(cut.kind).toBe('offline')
    expect(cut.message).toMatch(/broke off/)
  })

  it('stops when cancelled', async () => {
    const controller = new AbortController()
    const pending = failure(server.url('/drip.json'), { signal: controller.signal })
    controller.abort()
    expect((await pending).kind).toBe('cancelled')
  })

  it('parses JSON or says it is not JSON', async () => {
    const ok = await download(server.url('/ok.json'), options())
    expect(parseJson(ok.bytes, server.url('/ok.json'))).toMatchObject({ hello: 'world' })
    const truncated = await download(server.url('/truncated.json'), options())
    expect(() => parseJson(truncated.bytes, server.url('/truncated.json'))).toThrow(expect.objectContaining({ kind: 'bad-json' }))
  })

  it('reads media types without their parameters', () => {
    expect(mediaType('Text/Plain; charset=utf-8')).toBe('text/plain')
    expect(mediaType(null)).toBe('')
  })
})
