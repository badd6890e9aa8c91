// A static server for one benchmark run: a build folder plus the dataset under test, from memory.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.woff2': 'font/woff2',
}

/** A page on the same origin that loads nothing: where the plain-scan floors are measured. */
const FLOOR_PAGE = '<!doctype html><meta charset="utf-8"><title>floor</title>'

function filesOf(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) for (const [k, v] of filesOf(full, `${prefix}${name}/`)) files.set(k, v)
    else files.set(`/${prefix}${name}`, readFileSync(full))
  }
  return files
}

export interface BenchServer {
  url: string
  /** The bytes served for a path (to weigh the scripts a page loaded). */
  file: (urlPath: string) => Buffer | undefined
  close: () => Promise<void>
}

/**
 * Caching as a static host serves a Vite build: the content-hashed files under assets/ for a year
 * (a returning visitor's browser keeps them, with V8's code cache beside them, as Electron's app://
 * scheme does with `codeCache`), everything else revalidated on every load.
 */
function cacheControl(urlPath: string, hashedAssets: boolean): string {
  return hashedAssets && urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
}

export async function serveBuild(dir: string, datasetJson: string, { hashedAssets = true } = {}): Promise<BenchServer> {
  const files = filesOf(dir)
  files.set('/dataset.json', Buffer.from(datasetJson))
  files.set('/__floor.html', Buffer.from(FLOOR_PAGE))
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const key = files.has(urlPath) ? urlPath : '/index.html'
    res.writeHead(200, { 'content-type': TYPES[path.extname(key)] ?? 'application/octet-stream', 'cache-control': cacheControl(key, hashedAssets) })
    res.end(files.get(key))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}/`,
    file: (urlPath) => files.get(urlPath),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
