/** True for absolute http(s) URLs: the only links Sandscape shows or hands to the system browser. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0
  } catch {
    return false
  }
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
