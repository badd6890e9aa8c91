import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { APP_INDEX_URL, APP_ORIGIN, createAppProtocolHandler, resolveAppFile } from './app-protocol'
import { DESKTOP_CSP } from './content-security-policy'

const root = path.resolve('/opt/Sandscape/resources/app.asar/out/renderer')
const inRoot = (...parts: string[]) => path.join(root, ...parts)

describe('resolveAppFile', () => {
  it('serves index.html for the root and for its own URL, with any hash', () => {
    expect(resolveAppFile(root, `${APP_ORIGIN}/`)).toEqual({ ok: true, file: inRoot('index.html'), contentType: 'text/html; charset=utf-8' })
    expect(resolveAppFile(root, APP_INDEX_URL)).toMatchObject({ ok: true, file: inRoot('index.html') })
    expect(resolveAppFile(root, `${APP_INDEX_URL}#/projects/headlamp`)).toMatchObject({ ok: true, file: inRoot('index.html') })
  })

  it('serves the bundle files with their types', () => {
    expect(resolveAppFile(root, `${APP_ORIGIN}/assets/index-abc123.js`)).toEqual({ ok: true, file: inRoot('assets', 'index-abc123.js'), contentType: 'text/javascript; charset=utf-8' })
    expect(resolveAppFile(root, `${APP_ORIGIN}/assets/index-abc123.css?v=1`)).toMatchObject({ ok: true, contentType: 'text/css; charset=utf-8' })
  })

  it.each([
    ['an encoded slash', `${APP_ORIGIN}/assets%2f..%2f..%2fmain%2findex.js`],
    ['an encoded backslash', `${APP_ORIGIN}/..%5c..%5cmain%5cindex.js`],
    ['a NUL byte', `${APP_ORIGIN}/index.html%00.png`],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
  ])('refuses %s', (_name, url) => {
    const result = resolveAppFile(root, url)
    expect(result.ok).toBe(false)
  })

  it('keeps dot-dot paths inside the root (the URL parser folds them, the resolve check backs it up)', () => {
    expect(resolveAppFile(root, `${APP_ORIGIN}/../../main/index.js`)).toMatchObject({ ok: true, file: inRoot('main', 'index.js') })
    for (const tail of ['/..', '/../', '/../x.js', '/a/../../x.js', '/./../x.js', '/%2E%2E/x.js', '/%2e%2e/%2e%2e/main/index.js', '/a/..%2f..%2fx.js']) {
      const result = resolveAppFile(root, `${APP_ORIGIN}${tail}`)
      if (result.ok) expect(result.file.startsWith(root + path.sep)).toBe(true)
    }
  })

  it('refuses types we do not serve and methods other than GET', () => {
    expect(resolveAppFile(root, `${APP_ORIGIN}/assets/tool.exe`)).toEqual({ ok: false, status: 404 })
    expect(resolveAppFile(root, APP_INDEX_URL, 'POST')).toEqual({ ok: false, status: 405 })
    expect(resolveAppFile(root, 'not a url')).toEqual({ ok: false, status: 400 })
  })
})

describe('createAppProtocolHandler', () => {
  it('answers with the file and the strict desktop CSP', async () => {
    const read = vi.fn(async () => new TextEncoder().encode('<!doctype html>'))
    const handle = createAppProtocolHandler({ root, read })
    const response = await handle(new Request(APP_INDEX_URL))
    expect(response.status).toBe(200)
    expect(read).toHaveBeenCalledWith(inRoot('index.html'))
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(DESKTOP_CSP)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe('<!doctype html>')
  })

  it('reads nothing for a refused path, and answers 404 for a missing file', async () => {
    const read = vi.fn(async () => { throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' }) })
    const handle = createAppProtocolHandler({ root, read })
    expect((await handle(new Request(`${APP_ORIGIN}/%2e%2e/%2e%2e/%2e%2e/etc/passwd.txt`))).status).not.toBe(200)
    expect(read).not.toHaveBeenCalledWith(expect.not.stringContaining(root))
    expect((await handle(new Request(`${APP_ORIGIN}/assets/gone.js`))).status).toBe(404)
  })
})
