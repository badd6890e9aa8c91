/**
 * The desktop renderer's Content Security Policy. Stricter than the web build's (in
 * src/renderer/index.html): the desktop renderer never fetches anything itself (the dataset,
 * refresh downloads and logos all come through main), so it needs no https: and no localhost.
 * Styles stay 'unsafe-inline' because MUI (emotion) injects them; scripts never do.
 * Sent as a header by the app:// protocol and written into the built index.html.
 */
export const DESKTOP_CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
  'worker-src': ["'self'"],
}

export const DESKTOP_CSP = Object.entries(DESKTOP_CSP_DIRECTIVES).map(([name, values]) => `${name} ${values.join(' ')}`).join('; ')

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i

/** Puts the desktop policy into the built index.html in place of the web build's. */
export function withDesktopCsp(html: string): string {
  if (!CSP_META.test(html)) throw new Error('index.html has no Content-Security-Policy meta tag to replace')
  return html.replace(CSP_META, `$1${DESKTOP_CSP}$2`)
}
