import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { DESKTOP_CSP } from './content-security-policy'

/**
 * The renderer is served from app://sandscape/ instead of file://: a standard, secure scheme
 * gives the page a real origin (exact-origin IPC sender checks, storage of its own, a strict
 * CSP), and the file scheme keeps none of its extra privileges (see the fuses in
 * electron-builder.yml).
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'sandscape'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/**
 * For protocol.registerSchemesAsPrivileged, before the app is ready. Standard and secure give
 * the page an origin and a secure context; fetch support and the V8 code cache serve our own
 * bundle. Deliberately not corsEnabled (which would let other origins read app:// files) and
 * not bypassCSP.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
}

export type AppFile = { ok: true; file: string; contentType: string } | { ok: false; status: 400 | 403 | 404 | 405 }

/**
 * Maps a request to a file inside `root`, or refuses it: another host, a method other than GET,
 * an encoded separator or NUL, a path that resolves outside the root, a type we do not serve.
 */
export function resolveAppFile(root: string, requestUrl: string, method = 'GET'): AppFile {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405 }
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { ok: false, status: 400 }
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 }
  if (/%(?:2f|5c|00)/i.test(url.pathname)) return { ok: false, status: 403 }
  let relative: string
  try {
    relative = decodeURIComponent(url.pathname)
  } catch {
    return { ok: false, status: 400 }
  }
  if (relative === '/' || relative === '') relative = '/index.html'
  const base = path.resolve(root)
  const file = path.resolve(base, `.${relative}`)
  if (!file.startsWith(base + path.sep)) return { ok: false, status: 403 }
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()]
  if (!contentType) return { ok: false, status: 404 }
  return { ok: true, file, contentType }
}

export interface AppProtocolOptions {
  /** The built renderer (out/renderer). */
  root: string
  read?: (file: string) => Promise<Uint8Array>
}

/** The handler for protocol.handle(APP_SCHEME, ...): our files, with the desktop CSP on every answer. */
export function createAppProtocolHandler({ root, read = (file) => readFile(file) }: AppProtocolOptions): (request: Request) => Promise<Response> {
  const headers = (contentType: string) => ({
    'content-type': contentType,
    'content-security-policy': DESKTOP_CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  })
  return async (request) => {
    const resolved = resolveAppFile(root, request.url, request.method)
    if (!resolved.ok) return new Response(null, { status: resolved.status, headers: headers('text/plain; charset=utf-8') })
    try {
      const body = await read(resolved.file)
      return new Response(request.method === 'HEAD' ? null : (body as unknown as ConstructorParameters<typeof Response>[0]), { status: 200, headers: headers(resolved.contentType) })
    } catch {
      return new Response(null, { status: 404, headers: headers('text/plain; charset=utf-8') })
    }
  }
}
