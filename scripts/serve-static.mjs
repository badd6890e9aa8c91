#!/usr/bin/env node
// Serves a static build (default dist-web/) on 127.0.0.1: the web target of the e2e run, or a
// quick look at `npm run build:web` without a dev server.
//
//   node scripts/serve-static.mjs [--dir dist-web] [--port 4178]
//
// --port 0 picks a free port. Once listening it prints one line, `serving <dir> at <url>`,
// which the e2e fixture reads to learn the URL. Routes are hash-based, so only `/` needs
// index.html; a missing file with an extension is a 404 (a missing dataset.json must fail
// loudly, not come back as HTML), anything else falls back to index.html.
import { createReadStream, statSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback
}
const root = path.resolve(option('dir', 'dist-web'))
const port = Number(option('port', process.env.PORT ?? 4178))
const host = '127.0.0.1'

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
}

function fileOf(urlPath) {
  const file = path.resolve(root, `.${urlPath}`)
  return file === root || file.startsWith(root + path.sep) ? file : undefined
}

function isFile(file) {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

const server = http.createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end()
    return
  }
  let urlPath
  try {
    urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
  } catch {
    res.writeHead(400).end()
    return
  }
  let file = fileOf(urlPath)
  if (!file) {
    res.writeHead(403).end()
    return
  }
  if (!isFile(file)) {
    if (path.extname(urlPath)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${urlPath}\n`)
      return
    }
    file = path.join(root, 'index.html')
  }
  const stream = createReadStream(file)
  // A file can vanish between stat and open (a rebuild in progress): answer, never crash.
  stream.on('error', () => {
    if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
    res.end()
  })
  stream.on('open', () => {
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    if (req.method === 'HEAD') {
      stream.destroy()
      res.end()
    } else {
      stream.pipe(res)
    }
  })
})

server.on('error', (error) => {
  console.error(`serve-static: ${error.message}`)
  process.exit(1)
})
server.listen(port, host, () => {
  const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address())
  console.log(`serving ${root} at http://${host}:${actual}/`)
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0))
