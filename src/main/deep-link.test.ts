import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isAppHash } from '../shared/url'
import { deepLinkToHash, findDeepLinkArg } from './deep-link'

describe('deepLinkToHash', () => {
  it.each([
    ['sandscape://project/headlamp', '#/projects/headlamp'],
    ['sandscape://project/headlamp/', '#/projects/headlamp'],
    ['SANDSCAPE://Project/kube-rs', '#/projects/kube-rs'],
    ['sandscape://compare?ids=headlamp,sops', '#/compare?ids=headlamp,sops'],
    ['sandscape://compare/?ids=headlamp,%20sops', '#/compare?ids=headlamp,sops'],
    ['sandscape://projects', '#/projects'],
    ['sandscape://projects/', '#/projects'],
    ['sandscape://projects?maturity=sandbox&sort=accepted.desc', '#/projects?maturity=sandbox&sort=accepted.desc'],
    ['sandscape://projects?q=service+mesh', '#/projects?q=service+mesh'],
    ['sandscape://projects?q=%D0%BF%D1%80%D0%BE%D0%BA%D1%81%D0%B8', '#/projects?q=%D0%BF%D1%80%D0%BE%D0%BA%D1%81%D0%B8'],
  ])('opens %s at %s', (link, hash) => {
    expect(deepLinkToHash(link)).toEqual({ ok: true, hash })
  })

  it.each([
    ['https://landscape.cncf.io/', 'not-a-link'],
    ['sandscape:', 'unknown-target'],
    ['sandscape://settings', 'unknown-target'],
    ['sandscape://evil.example/project/x', 'unknown-target'],
    ['sandscape://user:pw@project/headlamp', 'unknown-target'],
    ['sandscape://project/', 'bad-id'],
    ['sandscape://project/Head Lamp', 'bad-id'],
    ['sandscape://project/..%2f..%2fetc', 'bad-id'],
    ['sandscape://project/a/b', 'bad-id'],
    ['sandscape://project/../../etc', 'bad-id'],
    ['sandscape://projects/..', 'bad-id'],
    ['sandscape://project/%E0%A4%A', 'bad-id'],
    ['sandscape://project/headlamp?x=1', 'bad-query'],
    ['sandscape://compare', 'bad-query'],
    ['sandscape://compare?ids=', 'bad-id'],
    ['sandscape://compare?ids=a,b,c,d,e,f,g', 'bad-id'],
    ['sandscape://compare?ids=a,a', 'bad-id'],
    ['sandscape://compare?ids=a,<script>', 'bad-id'],
    ['sandscape://compare?ids=a,b&then=x', 'bad-query'],
    ['sandscape://projects/extra', 'unknown-target'],
    ['sandscape://projects?%3Cscript%3E=1', 'bad-query'],
    ['sandscape://projects?q=%00', 'bad-query'],
    [`sandscape://projects?q=${'x'.repeat(500)}`, 'bad-query'],
    [`sandscape://projects?${Array.from({ length: 41 }, (_, i) => `k${i}=v`).join('&')}`, 'bad-query'],
    [`sandscape://projects?q=${'x'.repeat(3000)}`, 'too-long'],
  ])('refuses %s (%s)', (link, reason) => {
    expect(deepLinkToHash(link)).toEqual({ ok: false, reason })
  })

  it('turns any string into a route hash of ours or a refusal, never an exception', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.webUrl().map((u) => u.replace(/^https?/, 'sandscape'))), (link) => {
      const result = deepLinkToHash(link)
      if (result.ok) expect(isAppHash(result.hash)).toBe(true)
    }), { numRuns: 500 })
  })
})

describe('findDeepLinkArg', () => {
  it('finds the link among the arguments Windows and Linux pass', () => {
    expect(findDeepLinkArg(['/opt/Sandscape/sandscape', '--no-sandbox', 'sandscape://project/headlamp'])).toBe('sandscape://project/headlamp')
    expect(findDeepLinkArg(['/opt/Sandscape/sandscape', '.'])).toBeUndefined()
  })
})

describe('isAppHash', () => {
  it('accepts our route hashes and nothing else', () => {
    expect(isAppHash('#/projects')).toBe(true)
    expect(isAppHash('#/projects/headlamp')).toBe(true)
    expect(isAppHash('#/compare?ids=a,b')).toBe(true)
    expect(isAppHash('#/whats-new')).toBe(true)
    expect(isAppHash('javascript:alert(1)')).toBe(false)
    expect(isAppHash('#/projects/../../x')).toBe(false)
    expect(isAppHash('#/projects?q=a b')).toBe(false)
    expect(isAppHash(`#/projects?q=${'x'.repeat(2500)}`)).toBe(false)
    expect(isAppHash(42)).toBe(false)
  })
})
