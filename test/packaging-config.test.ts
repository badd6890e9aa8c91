// The packaging config is security-relevant: the fuses below are what keep a shipped binary from
// running as plain Node, taking NODE_OPTIONS or --inspect, or loading code from outside a
// checked app.asar. This test fails when one goes missing or is flipped back.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const config = parse(readFileSync('electron-builder.yml', 'utf8'))
const pkg = JSON.parse(readFileSync('package.json', 'utf8'))

type Target = { target: string; arch?: string[] }
const targets = (platform: string): Target[] => (config[platform].target as (string | Target)[]).map((t) => (typeof t === 'string' ? { target: t } : t))

describe('electron-builder.yml', () => {
  it('flips every fuse the security review asked for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
    // Integrity checking is of an asar: the app must be packed into one.
    expect(config.asar).toBe(true)
  })

  it('builds dmg (x64 and arm64), nsis and portable, AppImage and deb', () => {
    expect(targets('mac')).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }])
    expect(targets('win').map((t) => t.target)).toEqual(['nsis', 'portable'])
    expect(targets('linux').map((t) => t.target)).toEqual(['AppImage', 'deb'])
  })

  it('registers sandscape:// links and ships the dataset outside the asar', () => {
    expect(config.protocols).toEqual([{ name: expect.any(String), schemes: ['sandscape'] }])
    expect(readFileSync('build/installer.nsh', 'utf8')).toContain('Software\\Classes\\sandscape')
    expect(config.extraResources).toContainEqual({ from: 'resources/dataset.json', to: 'dataset.json' })
  })

  it('takes every platform icon from the generated set', () => {
    expect([config.mac.icon, config.win.icon, config.linux.icon]).toEqual(['build/icons/icon.icns', 'build/icons/icon.ico', 'build/icons/png'])
  })
})

describe('package.json', () => {
  it('pins electron-builder and packages with that copy, after generating the icons', () => {
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(pkg.scripts.package).toMatch(/^npm run icons && electron-vite build && electron-builder /)
    expect(pkg.scripts.package).not.toContain('npx')
  })
})
