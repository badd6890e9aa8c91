import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DESKTOP_CSP, DESKTOP_CSP_DIRECTIVES, withDesktopCsp } from './content-security-policy'

describe('the desktop CSP', () => {
  it('allows only our own origin by default, and no network at all', () => {
    expect(DESKTOP_CSP_DIRECTIVES['default-src']).toEqual(["'self'"])
    expect(DESKTOP_CSP_DIRECTIVES['connect-src']).toEqual(["'self'"])
    expect(DESKTOP_CSP).not.toMatch(/https?:|localhost|127\.0\.0\.1|\*/)
  })

  it('runs no inline or evaluated script', () => {
    expect(DESKTOP_CSP_DIRECTIVES['script-src']).toEqual(["'self'"])
    expect(DESKTOP_CSP).not.toMatch(/unsafe-eval|wasm-unsafe-eval/)
    expect(DESKTOP_CSP_DIRECTIVES['object-src']).toEqual(["'none'"])
    expect(DESKTOP_CSP_DIRECTIVES['base-uri']).toEqual(["'none'"])
  })

  it('replaces the web policy in index.html, leaving the rest of the file alone', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8')
    const desktop = withDesktopCsp(html)
    expect(desktop).toContain(`content="${DESKTOP_CSP}"`)
    expect(desktop).not.toContain('https:')
    expect(desktop.replace(DESKTOP_CSP, '')).toBe(html.replace(/(content=")[^"]*(default-src[^"]*)(")/, '$1$3'))
  })

  it('fails loudly when there is no policy to replace', () => {
    expect(() => withDesktopCsp('<html><head></head></html>')).toThrow(/no Content-Security-Policy/)
  })
})
