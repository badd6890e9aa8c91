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
  /** Answer only after this long (a slow server that still answers). */
  delayMs?: number
}

/** Answers paths no fixed route names (one per project, say); undefined is a 404. */
export type RouteHandler = (url: URL) => FixtureRoute | undefined

export interface LandscapeServer {
  /** Absolute URL of a path on this server, e.g. url('/api/projects/all.json'). */
  url: (path: string) => string
  /**
   * Adds or replaces a route while the server runs. A path with a query ('/search?offset=100')
   * answers only that query; a bare path answers any.
   */
  route: (path: string, route: FixtureRoute) => void
  /** Answers under a path prefix ('/api/project/') through a function, after the fixed routes. */
  handle: (prefix: string, handler: RouteHandler) => void
  /** Paths requested so far (with their query, if any), in order. */
  requests: string[]
  /** The most requests this server has had open at once (reset it with resetPeak). */
  peakInFlight: () => number
  resetPeak: () => void
  close: () => Promise<void>
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-expose-headers': 'etag, last-modified, content-length, retry-after, x-ratelimit-remaining, x-ratelimit-reset',
}

export async function startLandscapeServer(routes: Record<string, FixtureRoute> = {}): Promise<LandscapeServer> {
  const table = new Map(Object.entries(routes))
  const handlers = new Map<string, RouteHandler>()
  const requests: string[] = []
  const timers = new Set<NodeJS.Timeout>()
  let inFlight = 0
  let peak = 0
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const path = url.pathname
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end()
      return
    }
    requests.push(path + url.search)
    inFlight++
    peak = Math.max(peak, inFlight)
    res.on('close', () => { inFlight-- })
    const prefix = [...handlers.keys()].filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0]
    const route = table.get(path + url.search) ?? table.get(path) ?? (prefix === undefined ? undefined : handlers.get(prefix)!(url))
    if (!route) {
      res.writeHead(404, { ...CORS, 'content-type': 'text/plain' }).end('not found')
      return
    }
    if (route.fault === 'hang') return
    if (route.delayMs) {
      const timer = setTimeout(() => { timers.delete(timer); answer(route, res) }, route.delayMs)
      timers.add(timer)
      return
    }
    answer(route, res)
  })
  const answer = (route: FixtureRoute, res: http.ServerResponse) => {
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
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    route: (path, route) => { table.set(path, route) },
    handle: (prefix, handler) => { handlers.set(prefix, handler) },
    requests,
    peakInFlight: () => peak,
    resetPeak: () => { peak = inFlight },
    close: () => new Promise<void>((resolve) => {
      for (const timer of timers) { clearInterval(timer); clearTimeout(timer) }
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
