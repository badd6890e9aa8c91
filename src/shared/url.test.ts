import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { displayUrl, isHttpUrl, isInsecureUrl, parsesAsHttpUrl, repositoryKind } from './url'

describe('isHttpUrl', () => {
  it('takes absolute http(s) links with a host, and nothing else', () => {
    for (const url of ['https://github.com/cncf/landscape', 'http://slack.k8s.io/', 'https://a.com:0/x?y=1#z', 'https://A.COM/x y', 'https://xn--80ak6aa92e.com/', 'http://10.0.0.1:8080/']) expect(isHttpUrl(url)).toBe(true)
    for (const url of ['ftp://example.com', 'javascript:alert(1)', 'https://', 'http://1.2.3.4.5', 'http://999.1.1.1', 'https://a.com:99999', 'http://xn--a.com', '/relative', '', `https://a.com/${'x'.repeat(2048)}`, 42]) expect(isHttpUrl(url)).toBe(false)
  })

  it('answers as the URL parser does, for any text and for links of every shape (property)', () => {
    const host = fc.oneof(fc.domain(), fc.ipV4(), fc.constantFrom('1.2.3.4.5', '999.1.1.1', '0xab', 'xn--a.com', 'a..b', '-', '.', 'a.b.', 'a_b.com', '0x1g.com', '1.2.3.'), fc.stringMatching(/^[a-z0-9.-]{1,12}$/))
    const port = fc.option(fc.oneof(fc.integer({ min: 0, max: 70000 }).map(String), fc.constantFrom('00080', '')), { nil: undefined })
    const rest = fc.oneof(fc.constant(''), fc.string({ unit: fc.constantFrom('/', '?', '#', 'a', '%', ' ', '\\', '@', ':', '"', '\t', 'я') }).map((t) => `/${t}`))
    const link = fc.tuple(fc.constantFrom('http', 'https', 'HTTPS', 'ftp'), host, port, rest).map(([scheme, h, p, r]) => `${scheme}://${h}${p === undefined ? '' : `:${p}`}${r}`)
    fc.assert(fc.property(fc.oneof(link, fc.webUrl(), fc.string()), (value) => {
      expect(isHttpUrl(value)).toBe(value.length <= 2048 && parsesAsHttpUrl(value))
    }), { numRuns: 5000 })
  })
})

describe('links as text', () => {
  it('leaves out https:// and www., and keeps http:// in sight', () => {
    expect(displayUrl('https://www.github.com/org/repo')).toBe('github.com/org/repo')
    expect(displayUrl('http://github.com/drasi-project/drasi-platform')).toBe('http://github.com/drasi-project/drasi-platform')
    expect(displayUrl('http://www.opencurve.io/')).toBe('http://opencurve.io/')
    expect(isInsecureUrl('http://slack.k8s.io/')).toBe(true)
    expect(isInsecureUrl('https://slack.k8s.io/')).toBe(false)
  })

  it('tells a GitHub organisation page from a repository', () => {
    expect(repositoryKind('https://github.com/CoHDI')).toBe('organization')
    expect(repositoryKind('https://github.com/CoHDI/')).toBe('organization')
    expect(repositoryKind('https://github.com/kubernetes-sigs/headlamp')).toBe('repository')
    expect(repositoryKind('https://gitlab.com/group')).toBe('repository')
    expect(repositoryKind('not a url')).toBe('repository')
  })
})
