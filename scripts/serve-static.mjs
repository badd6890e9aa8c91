#!/usr/bin/env node
// Serves a static build (default dist-web/) on 127.0.0.1 for the web-target e2e run.
// Usage: node scripts/serve-static.mjs [--dir dist-web] [--port 4178]
import { createReadStream, existsSync, statSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

const args = process.argv.slice(2)
const opt = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback }
const root = path.resolve(opt('dir', 'dist-web'))
const port = Number(opt('port', process.env.PORT ?? 4178))
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' }

http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
  if (!file.startsWith(root)) { res.writeHead(403).end(); return }
  if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html')
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
  createReadStream(file).pipe(res)
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`))
