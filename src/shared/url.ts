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
