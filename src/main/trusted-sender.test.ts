import { describe, expect, it } from 'vitest'
import { createSenderCheck, originOf } from './trusted-sender'

describe('createSenderCheck', () => {
  const packaged = createSenderCheck({ appOrigin: 'app://sandscape' })
  const dev = createSenderCheck({ appOrigin: 'app://sandscape', devServerUrl: 'http://localhost:5173/' })

  it('trusts our app:// origin, on any of its pages and hash routes', () => {
    expect(packaged('app://sandscape/index.html')).toBe(true)
    expect(packaged('app://sandscape/index.html#/projects/headlamp')).toBe(true)
    expect(packaged('app://sandscape/')).toBe(true)
  })

  it('compares the exact origin: no other host, scheme, port or look-alike', () => {
    expect(packaged('app://sandscape.evil.example/index.html')).toBe(false)
    expect(packaged('app://sandscape:8080/index.html')).toBe(false)
    expect(packaged('app://other/index.html')).toBe(false)
    expect(packaged('https://sandscape/index.html')).toBe(false)
    expect(packaged('file:///Applications/Sandscape.app/out/renderer/index.html')).toBe(false)
    expect(packaged('file://sandscape/index.html')).toBe(false)
    expect(packaged('https://landscape.cncf.io/')).toBe(false)
  })

  it('refuses missing and malformed URLs', () => {
    expect(packaged(undefined)).toBe(false)
    expect(packaged('')).toBe(false)
    expect(packaged('not a url')).toBe(false)
    expect(packaged('about:blank')).toBe(false)
  })

  it('trusts only the dev server origin besides ours in development', () => {
    expect(dev('http://localhost:5173/#/settings')).toBe(true)
    expect(dev('http://localhost:5174/')).toBe(false)
    expect(dev('https://localhost:5173/')).toBe(false)
  })
})

describe('originOf', () => {
  it('gives scheme, host and port, also for custom schemes', () => {
    expect(originOf('app://sandscape/index.html#/x')).toBe('app://sandscape')
    expect(originOf('http://localhost:5173/a')).toBe('http://localhost:5173')
    expect(originOf('file:///etc/passwd')).toBeUndefined()
  })
})
