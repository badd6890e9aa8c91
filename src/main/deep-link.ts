import { MAX_COMPARE } from '../shared/compare/compare'
import { SLUG_PATTERN } from '../shared/dataset/slug'

/**
 * sandscape:// links, mapped to the renderer's hash routes (the web build's URL format):
 *   sandscape://project/<id>         -> #/projects/<id>
 *   sandscape://compare?ids=a,b      -> #/compare?ids=a,b
 *   sandscape://projects[?query]     -> #/projects[?query]
 * Anything else, or anything oversized, is refused with a reason: links come from other
 * programs and web pages, so they are untrusted text.
 */
export const DEEP_LINK_SCHEME = 'sandscape'

const MAX_LINK_LENGTH = 2048
const MAX_QUERY_PARAMS = 40
const MAX_PARAM_VALUE = 400
const PARAM_KEY = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/
// Control characters (C0, DEL, C1) never belong in a filter value.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/
const DOT_SEGMENT = /\/\.\.?(?=[/?#\\]|$)/

export type DeepLinkRefusal = 'not-a-link' | 'too-long' | 'unknown-target' | 'bad-id' | 'bad-query'
export type DeepLinkResult = { ok: true; hash: string } | { ok: false; reason: DeepLinkRefusal }

const isProjectId = (id: string) => id.length > 0 && id.length <= 100 && SLUG_PATTERN.test(id)

/** A path like "/headlamp" or "/headlamp/" (Windows adds the slash) to its one segment. */
function segments(pathname: string): string[] {
  return pathname.split('/').filter((part) => part !== '')
}

function normalisedQuery(params: URLSearchParams): string | undefined {
  const entries = [...params.entries()]
  if (entries.length > MAX_QUERY_PARAMS) return undefined
  for (const [key, value] of entries) {
    if (!PARAM_KEY.test(key) || value.length > MAX_PARAM_VALUE || CONTROL.test(value)) return undefined
  }
  return new URLSearchParams(entries).toString()
}

export function deepLinkToHash(link: string): DeepLinkResult {
  if (typeof link !== 'string' || !link.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) return { ok: false, reason: 'not-a-link' }
  if (link.length > MAX_LINK_LENGTH) return { ok: false, reason: 'too-long' }
  // The URL parser would fold "a/../b" into "b": a link that needs folding is not one we wrote.
  if (DOT_SEGMENT.test(link)) return { ok: false, reason: 'bad-id' }
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return { ok: false, reason: 'not-a-link' }
  }
  if (url.username || url.password || url.port) return { ok: false, reason: 'unknown-target' }
  const path = segments(url.pathname)
  switch (url.hostname.toLowerCase()) {
    case 'project': {
      if (path.length !== 1 || url.search) return { ok: false, reason: path.length === 1 ? 'bad-query' : 'bad-id' }
      let id: string
      try {
        id = decodeURIComponent(path[0])
      } catch {
        return { ok: false, reason: 'bad-id' }
      }
      return isProjectId(id) ? { ok: true, hash: `#/projects/${id}` } : { ok: false, reason: 'bad-id' }
    }
    case 'compare': {
      if (path.length > 0) return { ok: false, reason: 'unknown-target' }
      const keys = [...url.searchParams.keys()]
      const ids = (url.searchParams.get('ids') ?? '').split(',').map((id) => id.trim()).filter(Boolean)
      if (keys.some((key) => key !== 'ids') || keys.length !== 1) return { ok: false, reason: 'bad-query' }
      if (ids.length === 0 || ids.length > MAX_COMPARE || !ids.every(isProjectId) || new Set(ids).size !== ids.length) return { ok: false, reason: 'bad-id' }
      return { ok: true, hash: `#/compare?ids=${ids.join(',')}` }
    }
    case 'projects': {
      if (path.length > 0) return { ok: false, reason: 'unknown-target' }
      const query = normalisedQuery(url.searchParams)
      if (query === undefined) return { ok: false, reason: 'bad-query' }
      return { ok: true, hash: query ? `#/projects?${query}` : '#/projects' }
    }
    default:
      return { ok: false, reason: 'unknown-target' }
  }
}

/** The deep link among a command line's arguments (Windows and Linux pass it there). */
export function findDeepLinkArg(argv: readonly string[]): string | undefined {
  return argv.find((arg) => typeof arg === 'string' && arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`))
}
