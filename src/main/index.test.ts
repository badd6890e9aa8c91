import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ipcChannels } from '../shared/ipc/channels'

// The whole electron module is faked: this test checks how index.ts wires the small modules.
const state = vi.hoisted(() => ({
  ready: undefined as undefined | (() => void),
  windows: [] as { options: Record<string, unknown>; loaded?: string }[],
  handled: new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>(),
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  menu: undefined as unknown,
  userData: undefined as string | undefined,
  privileged: [] as unknown[],
  protocols: new Map<string, unknown>(),
  lock: true,
  quit: 0,
}))

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => state.windows
    static fromWebContents = () => null
    webContents = {
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    }
    constructor(public options: Record<string, unknown>) {
      state.windows.push(this as never)
    }
    on = vi.fn()
    once = vi.fn()
    isMinimized = () => false
    focus = vi.fn()
    loadURL = vi.fn(async (url: string) => { (this as unknown as { loaded: string }).loaded = url })
  }
  return {
    app: {
      isPackaged: false,
      getAppPath: () => '/repo',
      getPath: () => '/tmp/sandscape-test-profile',
      setPath: (name: string, value: string) => { if (name === 'userData') state.userData = value },
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => state.lock,
      setAsDefaultProtocolClient: vi.fn(),
      quit: () => { state.quit++ },
      on: (name: string, listener: (...args: unknown[]) => void) => { state.appEvents.set(name, listener) },
      whenReady: () => ({ then: (fn: () => void) => { state.ready = fn } }),
    },
    BrowserWindow,
    clipboard: { writeText: vi.fn() },
    dialog: {},
    ipcMain: { handle: (channel: string, fn: never) => state.handled.set(channel, fn), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => { state.menu = m } },
    nativeTheme: { shouldUseDarkColors: false },
    net: { fetch: vi.fn() },
    Notification: class { static isSupported = () => false },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => { state.privileged.push(...schemes) },
      handle: (scheme: string, handler: unknown) => { state.protocols.set(scheme, handler) },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    utilityProcess: { fork: vi.fn() },
    shell: { openExternal: vi.fn(async () => {}) },
  }
})

const fromOurPage = (send = vi.fn()) => ({ senderFrame: { url: 'app://sandscape/index.html' }, sender: { send, isDestroyed: () => false } })

describe('main index wiring', () => {
  beforeEach(() => {
    vi.resetModules()
    state.windows = []
    state.handled.clear()
    state.appEvents.clear()
    state.privileged = []
    state.protocols.clear()
    state.ready = undefined
    state.lock = true
    state.quit = 0
    delete process.env.ELECTRON_RENDERER_URL
  })

  it('as a second instance, quits at once: no window, no handlers, no state written', async () => {
    state.lock = false
    await import('./index')
    expect(state.quit).toBe(1)
    expect(state.ready).toBeUndefined()
    expect(state.appEvents.size).toBe(0)
  })

  it('honours SANDSCAPE_USER_DATA_DIR, then on ready serves app://, registers every IPC channel, a menu and one secure window', async () => {
    process.env.SANDSCAPE_USER_DATA_DIR = '/tmp/sandscape-test-profile'
    await import('./index')
    expect(state.userData).toBe('/tmp/sandscape-test-profile')
    expect(state.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }])
    expect(JSON.stringify(state.privileged)).not.toMatch(/corsEnabled|bypassCSP/)
    state.ready!()
    expect([...state.protocols.keys()]).toEqual(['app'])
    expect([...state.handled.keys()].sort()).toEqual(Object.values(ipcChannels).sort())
    expect(state.menu).toBeDefined()
    expect(state.windows).toHaveLength(1)
    const window = state.windows[0] as unknown as { options: { webPreferences: Record<string, unknown> }; loaded: string }
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(String(window.options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/)
    expect(window.loaded).toBe('app://sandscape/index.html')
    delete process.env.SANDSCAPE_USER_DATA_DIR
  })

  it('keeps a deep link that arrives before the page listens, and sends it once the renderer is ready', async () => {
    await import('./index')
    state.ready!()
    state.appEvents.get('open-url')!({ preventDefault: vi.fn() }, 'sandscape://project/headlamp')
    const send = vi.fn()
    await state.handled.get(ipcChannels.shellReady)!(fromOurPage(send))
    expect(send).toHaveBeenCalledWith('shell:navigate', { hash: '#/projects/headlamp' })
  })

  it('forwards a second instance\'s link to the running window, and refuses a malformed one with a notice', async () => {
    await import('./index')
    state.ready!()
    const send = vi.fn()
    await state.handled.get(ipcChannels.shellReady)!(fromOurPage(send))
    state.appEvents.get('second-instance')!({}, ['/opt/Sandscape/sandscape', 'sandscape://compare?ids=headlamp,sops'])
    state.appEvents.get('second-instance')!({}, ['/opt/Sandscape/sandscape', 'sandscape://project/../../etc'])
    expect(send.mock.calls).toEqual([
      ['shell:navigate', { hash: '#/compare?ids=headlamp,sops' }],
      ['shell:notice', { kind: 'deep-link-refused', link: 'sandscape://project/../../etc' }],
    ])
  })

  it('rebuilds the menu from the views and words the renderer sends', async () => {
    await import('./index')
    state.ready!()
    const { DEFAULT_MENU_LABELS } = await import('./menu')
    await state.handled.get(ipcChannels.setMenu)!(fromOurPage(), { views: [{ id: 'projects', label: 'Проекты', hash: '#/projects' }], labels: DEFAULT_MENU_LABELS })
    expect(JSON.stringify(state.menu)).toContain('Проекты')
  })
})
