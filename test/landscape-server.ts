// A local HTTP server for refresh tests (unit, integration and e2e): 127.0.0.1, port 0, serving
// hand-written fixtures in the real formats and the faults a network can produce. CORS headers
// are always sent so the web build can fetch from it cross-origin.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Fault =
  /** Accept the request and never answer. */
  | 'hang'
  /** Answer 200 and then send one byte at a time, slowly, forever. */
  | 'drip'
  /** Promise a longer body than is sent, then drop the connection. */
  | 'cut'

export interface FixtureRoute {
  status?: number
  contentType?: string
  body?: string | Uint8Array
  headers?: Record<string, string>
  fault?: Fault
  /** Send the body in pieces without a Content-Length (chunked), as streaming servers do. */
  chunked?: boolean
}

export interface LandscapeServer {
  /** Absolute URL of a path on this server, e.g. url('/api/projects/all.json'). */
  url: (path: string) => string
  /** Adds or replaces a route while the server runs. */
  route: (path: string, route: FixtureRoute) => void
  /** Paths requested so far, in order. */
  requests: string[]
  close: () => Promise<void>
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-expose-headers': 'etag, last-modified, content-length',
}

export async function startLandscapeServer(routes: Record<string, FixtureRoute> = {}): Promise<LandscapeServer> {
  const table = new Map(Object.entries(routes))
  const requests: string[] = []
  const timers = new Set<NodeJS.Timeout>()
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end()
      return
    }
    requests.push(path)
    const route = table.get(path)
    if (!route) {
      res.writeHead(404, { ...CORS, 'content-type': 'text/plain' }).end('not found')
      return
    }
    if (route.fault === 'hang') return
    const body = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : Buffer.from(route.body ?? new Uint8Array())
    const headers: Record<string, string> = { ...CORS, 'cache-control': 'no-store', ...(route.headers ?? {}) }
    if (route.contentType) headers['content-type'] = route.contentType
    if (route.fault === 'drip') {
      res.writeHead(route.status ?? 200, headers)
      let i = 0
      const timer = setInterval(() => {
        res.write(body.subarray(i % Math.max(1, body.length), (i % Math.max(1, body.length)) + 1))
        i++
      }, 40)
      timers.add(timer)
      res.on('close', () => { clearInterval(timer); timers.delete(timer) })
      return
    }
    if (route.fault === 'cut') {
      res.writeHead(route.status ?? 200, { ...headers, 'content-length': String(body.length * 2) })
      res.write(body, () => res.destroy())
      return
    }
    if (route.chunked) {
      res.writeHead(route.status ?? 200, headers)
      const piece = Math.max(1, Math.ceil(body.length / 8))
      for (let i = 0; i < body.length; i += piece) res.write(body.subarray(i, i + piece))
      res.end()
      return
    }
    res.writeHead(route.status ?? 200, { ...headers, 'content-length': String(body.length) })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    route: (path, route) => { table.set(path, route) },
    requests,
    close: () => new Promise<void>((resolve) => {
      for (const timer of timers) clearInterval(timer)
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
