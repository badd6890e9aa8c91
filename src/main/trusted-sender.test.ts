import { describe, expect, it } from 'vitest'
import { createSenderCheck } from './trusted-sender'

describe('createSenderCheck', () => {
  const packaged = createSenderCheck({ fileUrl: 'file:///Applications/Sandscape.app/out/renderer/index.html' })
  const dev = createSenderCheck({ devServerUrl: 'http://localhost:5173/' })

  it('trusts our index.html, with any hash route', () => {
    expect(packaged('file:///Applications/Sandscape.app/out/renderer/index.html')).toBe(true)
    expect(packaged('file:///Applications/Sandscape.app/out/renderer/index.html#/projects/headlamp')).toBe(true)
  })

  it('refuses other files, other origins and garbage', () => {
    expect(packaged('file:///tmp/evil.html')).toBe(false)
    expect(packaged('https://landscape.cncf.io/')).toBe(false)
    expect(packaged(undefined)).toBe(false)
    expect(packaged('not a url')).toBe(false)
  })

  it('trusts only the dev server origin in development', () => {
    expect(dev('http://localhost:5173/#/settings')).toBe(true)
    expect(dev('http://localhost:5174/')).toBe(false)
    expect(dev('file:///anything/index.html')).toBe(false)
  })
})
