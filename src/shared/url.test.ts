import { describe, expect, it } from 'vitest'
import { displayUrl, isInsecureUrl, repositoryKind } from './url'

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
