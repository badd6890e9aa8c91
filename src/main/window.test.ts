import { describe, expect, it, vi } from 'vitest'
import type { WebContents } from 'electron'
import { createMainWindow, hardenWebContents } from './window'

const created = vi.hoisted(() => [] as Record<string, unknown>[])
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) { created.push(options) }
  },
}))

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }, url: string) => void>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void, d: { requestingUrl: string }) => void) | undefined
  let checkHandler: ((c: unknown, p: string, origin: string) => boolean) | undefined
  const contents = {
    setWindowOpenHandler: (h: typeof openHandler) => { openHandler = h },
    on: (name: string, l: (event: { preventDefault: () => void }, url: string) => void) => { listeners.set(name, l) },
    session: {
      setPermissionRequestHandler: (h: typeof requestHandler) => { requestHandler = h },
      setPermissionCheckHandler: (h: typeof checkHandler) => { checkHandler = h },
    },
  }
  return {
    contents: contents as unknown as WebContents,
    open: (url: string) => openHandler!({ url }),
    emit: (name: string, url: string) => {
      const event = { preventDefault: vi.fn() }
      listeners.get(name)!(event, url)
      return event
    },
    askPermission: (permission: string, requestingUrl = 'app://sandscape/index.html') =>
      new Promise<boolean>((resolve) => requestHandler!(null, permission, resolve, { requestingUrl })),
    checkPermission: (permission: string, origin = 'app://sandscape') => checkHandler!(null, permission, origin),
  }
}

describe('createMainWindow', () => {
  it('follows the Electron security checklist', () => {
    createMainWindow({ preload: '/p/index.cjs', dark: false })
    const options = created.at(-1)!
    expect(options.webPreferences).toMatchObject({
      preload: '/p/index.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInSubFrames: false,
      webSecurity: true, webviewTag: false, allowRunningInsecureContent: false, experimentalFeatures: false, disableBlinkFeatures: 'Auxclick',
    })
    expect(options).toMatchObject({ width: 1360, height: 860, show: false, backgroundColor: '#fafafa' })
  })

  it('opens at the remembered bounds, dark from the first paint when the system is dark', () => {
    createMainWindow({ preload: '/p/index.cjs', dark: true, bounds: { x: 40, y: 60, width: 1000, height: 700 } })
    expect(created.at(-1)).toMatchObject({ x: 40, y: 60, width: 1000, height: 700, backgroundColor: '#121212' })
  })
})

describe('hardenWebContents', () => {
  const own = (url: string) => url.startsWith('app://sandscape')

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
    expect(fake.emit('will-navigate', 'app://sandscape/index.html#/settings').preventDefault).not.toHaveBeenCalled()
    expect(fake.emit('will-redirect', 'https://evil.example/').preventDefault).toHaveBeenCalled()
  })

  it('denies every permission request and check but a clipboard write from our own page', async () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, own, vi.fn(async () => {}))
    await expect(fake.askPermission('media')).resolves.toBe(false)
    await expect(fake.askPermission('geolocation')).resolves.toBe(false)
    await expect(fake.askPermission('notifications')).resolves.toBe(false)
    await expect(fake.askPermission('clipboard-read')).resolves.toBe(false)
    await expect(fake.askPermission('clipboard-sanitized-write')).resolves.toBe(true)
    await expect(fake.askPermission('clipboard-sanitized-write', 'https://evil.example/')).resolves.toBe(false)
    expect(fake.checkPermission('media')).toBe(false)
    expect(fake.checkPermission('hid')).toBe(false)
    expect(fake.checkPermission('clipboard-sanitized-write')).toBe(true)
    expect(fake.checkPermission('clipboard-sanitized-write', 'https://evil.example')).toBe(false)
  })
})
