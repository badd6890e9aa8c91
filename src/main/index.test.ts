import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ipcChannels } from '../shared/ipc/channels'

// The whole electron module is faked: this test checks how index.ts wires the small modules.
const state = vi.hoisted(() => ({
  ready: undefined as undefined | (() => void),
  windows: [] as { options: Record<string, unknown>; loaded?: string }[],
  handled: new Map<string, unknown>(),
  menu: undefined as unknown,
  userData: undefined as string | undefined,
}))

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => state.windows
    webContents = {
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      session: { setPermissionRequestHandler: vi.fn() },
    }
    constructor(public options: Record<string, unknown>) {
      state.windows.push(this as never)
    }
    once = vi.fn()
    loadFile = vi.fn(async (file: string) => { (this as unknown as { loaded: string }).loaded = file })
    loadURL = vi.fn(async (url: string) => { (this as unknown as { loaded: string }).loaded = url })
  }
  return {
    app: {
      isPackaged: false,
      getAppPath: () => '/repo',
      setPath: (name: string, value: string) => { if (name === 'userData') state.userData = value },
      enableSandbox: vi.fn(),
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      on: vi.fn(),
      whenReady: () => ({ then: (fn: () => void) => { state.ready = fn } }),
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: unknown) => state.handled.set(channel, fn), removeHandler: vi.fn() },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => { state.menu = m } },
    nativeTheme: { shouldUseDarkColors: false },
    net: { fetch: vi.fn() },
    utilityProcess: { fork: vi.fn() },
    shell: { openExternal: vi.fn(async () => {}) },
  }
})

describe('main index wiring', () => {
  beforeEach(() => {
    vi.resetModules()
    state.windows = []
    state.handled.clear()
    delete process.env.ELECTRON_RENDERER_URL
  })

  it('honours SANDSCAPE_USER_DATA_DIR, then on ready registers every IPC channel, a menu and one secure window', async () => {
    process.env.SANDSCAPE_USER_DATA_DIR = '/tmp/sandscape-test-profile'
    await import('./index')
    expect(state.userData).toBe('/tmp/sandscape-test-profile')
    state.ready!()
    expect([...state.handled.keys()].sort()).toEqual(Object.values(ipcChannels).sort())
    expect(state.menu).toBeDefined()
    expect(state.windows).toHaveLength(1)
    const window = state.windows[0] as unknown as { options: { webPreferences: Record<string, unknown> }; loaded: string }
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
    expect(String(window.options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/)
    expect(window.loaded).toMatch(/renderer[\\/]index\.html$/)
    delete process.env.SANDSCAPE_USER_DATA_DIR
  })
})
