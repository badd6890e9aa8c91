/** True for absolute http(s) URLs: the only links Sandscape shows or hands to the system browser. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false
  return isPlainHttpUrl(value) || parsesAsHttpUrl(value)
}

/** What the URL parser says: an absolute http(s) URL with a host. */
export function parsesAsHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
  } catch {
    return false
  }
}

// A scheme, a host of letters, digits, dots and hyphens, a port, then printable ASCII: no
// nested quantifier, linear in the length.
const PLAIN_HTTP_URL = /^https?:\/\/([a-z0-9.-]{1,253})(?::(\d{1,5}))?(?:[/?#][!-~]*)?$/i

/**
 * True for the shape nearly every link has, which the URL parser always accepts (a fast-check
 * property holds it to parsesAsHttpUrl); false means "ask the parser". Validating a dataset asks
 * for ten links a project: the parser took ~1.1 s of a first launch at 100,000 (profiled).
 */
function isPlainHttpUrl(value: string): boolean {
  const plain = PLAIN_HTTP_URL.exec(value)
  if (!plain || (plain[2] !== undefined && Number(plain[2]) > 65535)) return false
  const host = plain[1].toLowerCase()
  // Punycode is checked by the parser; so is a host that could be an IPv4 address (its last
  // label a number: "1.2.3.4.5" fails).
  if (host.includes('xn--')) return false
  const labels = host.split('.')
  if (labels.length > 1 && labels[labels.length - 1] === '') labels.pop()
  const last = labels[labels.length - 1]
  return /[a-z]/.test(last) && !last.startsWith('0x')
}

// A route hash as the renderer writes it: a view, an optional id, an optional query; bounded,
// and with no nested quantifier (it runs on text from deep links and stored files).
const APP_HASH = /^#\/[a-z][a-z-]{0,30}(?:\/[a-z0-9-]{1,100})?(?:\?[^\s#]{0,2000})?$/

/** True for one of the renderer's own route hashes (#/projects/headlamp, #/compare?ids=a,b). */
export function isAppHash(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 2200 && APP_HASH.test(value)
}

/** True for plain http links: shown with their scheme, so a reader sees the link is not encrypted. */
export function isInsecureUrl(url: string): boolean {
  return /^http:\/\//i.test(url.trim())
}

/**
 * A link as text: "https://" and "www." are implied and left out; "http://" is kept in sight,
 * never silently upgraded or hidden.
 */
export function displayUrl(url: string): string {
  const trimmed = url.trim()
  return isInsecureUrl(trimmed) ? trimmed.replace(/^http:\/\/www\./i, 'http://') : trimmed.replace(/^https:\/\/(www\.)?/i, '')
}

/**
 * What a "repository" link points at: a GitHub address with only an owner is an organisation page
 * (CoHDI's), not a repository. Other hosts are taken at their word.
 */
export function repositoryKind(url: string): 'repository' | 'organization' {
  try {
    const { hostname, pathname } = new URL(url)
    const segments = pathname.split('/').filter(Boolean)
    return /^(www\.)?github\.com$/i.test(hostname) && segments.length === 1 ? 'organization' : 'repository'
  } catch {
    return 'repository'
  }
}
