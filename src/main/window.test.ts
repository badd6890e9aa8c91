import { describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import { hardenWebContents, mainWindowOptions } from './window'

vi.mock('electron', () => ({}))

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }, url: string) => void>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  let permissionHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined
  const contents = {
    setWindowOpenHandler: (h: typeof openHandler) => { openHandler = h },
    on: (name: string, l: (event: { preventDefault: () => void }, url: string) => void) => { listeners.set(name, l) },
    session: { setPermissionRequestHandler: (h: typeof permissionHandler) => { permissionHandler = h } },
  }
  return {
    contents: contents as unknown as WebContents,
    open: (url: string) => openHandler!({ url }),
    emit: (name: string, url: string) => {
      const event = { preventDefault: vi.fn() }
      listeners.get(name)!(event, url)
      return event
    },
    askPermission: (permission: string) => new Promise<boolean>((resolve) => permissionHandler!(null, permission, resolve)),
  }
}

describe('mainWindowOptions', () => {
  it('follows the Electron security checklist', () => {
    const prefs = mainWindowOptions('/p/index.cjs', false).webPreferences!
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false })
  })
})

describe('hardenWebContents', () => {
  const own = (url: string) => url.startsWith('file:///app/index.html')

  it('denies new windows and sends http(s) links to the system browser', async () => {
    const fake = fakeContents()
    const openExternal = vi.fn(async () => {})
    hardenWebContents(fake.contents, own, openExternal)
    expect(fake.open('https://landscape.cncf.io/')).toEqual({ action: 'deny' })
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' })
    await Promise.resolve()
    expect(openExternal).toHaveBeenCalledTimes(1)
    expect(openExternal).toHaveBeenCalledWith('https://landscape.cncf.io/')
  })

  it('cancels navigation away from the app', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, own, vi.fn(async () => {}))
    expect(fake.emit('will-navigate', 'https://evil.example/').preventDefault).toHaveBeenCalled()
    expect(fake.emit('will-navigate', 'file:///app/index.html#/settings').preventDefault).not.toHaveBeenCalled()
    expect(fake.emit('will-redirect', 'https://evil.example/').preventDefault).toHaveBeenCalled()
  })

  it('denies every permission request', async () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, own, vi.fn(async () => {}))
    await expect(fake.askPermission('media')).resolves.toBe(false)
    await expect(fake.askPermission('geolocation')).resolves.toBe(false)
  })
})
