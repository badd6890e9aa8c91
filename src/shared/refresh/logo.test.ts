import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startLandscapeServer, type LandscapeServer } from '../../../test/landscape-server'
import { HANG_BUDGET_MS, timed } from '../testing/budget'
import { checkLogo, fetchLogo, logoSourceUrl, MAX_LOGO_BYTES, sniffRaster, svgProblem } from './logo'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const bytes = (text: string) => new TextEncoder().encode(text)
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])

describe('checkLogo', () => {
  it('accepts a plain SVG drawing with internal references, a DOCTYPE and an embedded raster', () => {
    expect(checkLogo(bytes(fixture('logo-safe.svg')))).toEqual({ ok: true, mime: 'image/svg+xml' })
  })

  it.each([
    ['a script element', fixture('logo-script.svg'), /contains a script/],
    ['an onload handler', fixture('logo-onload.svg'), /event handler/],
    ['an external image', fixture('logo-external.svg'), /external resource \(https:\/\/tracker\.example/],
    ['a javascript: link', '<svg><a href="javascript:alert(1)"><rect/></a></svg>', /javascript: URL/],
    ['an encoded javascript: link', '<svg><a href="javascript&#58;alert(1)"><rect/></a></svg>', /javascript: URL/],
    ['a style loading a remote font', '<svg><style>@font-face{src:url(https://fonts.example/x.woff)}</style></svg>', /styles load an external resource/],
    ['a style import', '<svg><style>@import "https://x.example/a.css";</style></svg>', /import another file/],
    ['embedded HTML', '<svg><foreignObject><div>hi</div></foreignObject></svg>', /HTML or active content/],
    ['entity declarations', '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>', /entities/],
    ['a reference to another SVG file', '<svg><use href="other.svg#icon"/></svg>', /external resource \(other\.svg/],
  ])('refuses an SVG with %s', (_name, svg, reason) => {
    const result = checkLogo(bytes(svg))
    expect(result).toMatchObject({ ok: false, kind: 'unsafe' })
    expect(result.ok === false && result.message).toMatch(reason)
  })

  it('recognises raster logos by their bytes', () => {
    expect(checkLogo(PNG)).toEqual({ ok: true, mime: 'image/png' })
    expect(sniffRaster(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
    expect(sniffRaster(bytes('GIF89a....'))).toBe('image/gif')
    expect(sniffRaster(bytes('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp')
  })

  it('refuses files that are not images, HTML pages included', () => {
    expect(checkLogo(bytes('<!DOCTYPE html><html><svg></svg></html>'))).toMatchObject({ ok: false, kind: 'wrong-type' })
    expect(checkLogo(bytes('just text'))).toMatchObject({ ok: false, kind: 'wrong-type' })
  })

  // Issue 8: the regular expressions took quadratic time (a valid 128 KB drawing: 6 s).
  it.each([
    ['a valid drawing with a 1.9 MB path', `<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0${' l1 1'.repeat(390_000)}"/></svg>`],
    ['2 MB of unclosed tags', `<svg>${'<a '.repeat(690_000)}`],
    ['2 MB of unclosed attribute values', `<svg><rect x="${'<'.repeat(2_000_000)}`],
    ['2 MB of url( without a closing parenthesis', `<svg><style>${'url('.repeat(500_000)}</style></svg>`],
  ])('checks %s within the budget', (_name, svg) => {
    const { value, ms } = timed(() => checkLogo(bytes(svg)))
    expect(value.ok === true || value.kind === 'unsafe' || value.kind === 'wrong-type').toBe(true)
    expect(ms).toBeLessThan(HANG_BUDGET_MS)
  })

  it('finds nothing wrong in ordinary drawing attributes', () => {
    expect(svgProblem('<svg viewBox="0 0 1 1"><path d="M0 0h1v1z" fill="url(#grad)" opacity=".5" stroke-linejoin="round"/><stop offset="1"/><text>Switch on = ready</text></svg>')).toBeUndefined()
  })
})

describe('fetchLogo', () => {
  let server: LandscapeServer
  beforeAll(async () => {
    server = await startLandscapeServer({
      '/logos/safe.svg': { contentType: 'image/svg+xml', body: fixture('logo-safe.svg') },
      // raw.githubusercontent.com serves SVGs as text/plain.
      '/hosted_logos/safe.svg': { contentType: 'text/plain; charset=utf-8', body: fixture('logo-safe.svg') },
      '/logos/script.svg': { contentType: 'image/svg+xml', body: fixture('logo-script.svg') },
      '/logos/logo.png': { contentType: 'image/png', body: PNG },
      '/logos/huge.svg': { contentType: 'image/svg+xml', body: `<svg>${' '.repeat(MAX_LOGO_BYTES)}</svg>` },
      '/logos/page.svg': { contentType: 'text/html', body: '<html></html>' },
    })
  })
  afterAll(() => server.close())
  const get = (path: string) => fetchLogo(server.url(path), { fetch: (url, init) => fetch(url, init) })

  it('returns checked bytes with the real media type, whatever the server called them', async () => {
    expect(await get('/logos/safe.svg')).toMatchObject({ ok: true, mime: 'image/svg+xml' })
    expect(await get('/hosted_logos/safe.svg')).toMatchObject({ ok: true, mime: 'image/svg+xml' })
    const png = await get('/logos/logo.png')
    expect(png).toMatchObject({ ok: true, mime: 'image/png' })
    expect(png.ok && [...png.bytes]).toEqual([...PNG])
  })

  it.each([
    ['an SVG carrying a script', '/logos/script.svg', 'unsafe'],
    ['a logo over 2 MB', '/logos/huge.svg', 'too-large'],
    ['an HTML page', '/logos/page.svg', 'wrong-type'],
    ['a missing logo', '/logos/none.svg', 'http'],
  ])('refuses %s without throwing', async (_name, path, kind) => {
    expect(await get(path)).toMatchObject({ ok: false, error: { kind } })
  })
})

describe('logoSourceUrl', () => {
  const yaml = { url: 'https://mirror.example.net/cncf/landscape/master/landscape.yml', live: 'yaml' as const }
  it('uses absolute logo URLs as they are (the API)', () => {
    expect(logoSourceUrl('https://landscape.example.org/logos/abc.svg', { url: 'https://landscape.example.org/api/projects/all.json', live: 'api' })).toBe('https://landscape.example.org/logos/abc.svg')
  })
  it('finds landscape.yml logos in hosted_logos/ beside the file, names encoded', () => {
    expect(logoSourceUrl('quarry.svg', yaml)).toBe('https://mirror.example.net/cncf/landscape/master/hosted_logos/quarry.svg')
    expect(logoSourceUrl('./odd name#1.svg', yaml)).toBe('https://mirror.example.net/cncf/landscape/master/hosted_logos/odd%20name%231.svg')
  })
  it('has nowhere to look for bundled data or a missing logo', () => {
    expect(logoSourceUrl('quarry.svg', { url: 'https://github.com/cncf/landscape' })).toBeUndefined()
    expect(logoSourceUrl(undefined, yaml)).toBeUndefined()
    expect(logoSourceUrl('javascript:alert(1)', { url: 'https://x.example/', live: 'api' })).toBeUndefined()
  })
})
