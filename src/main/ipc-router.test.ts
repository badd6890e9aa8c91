import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { ipcChannels } from '../shared/ipc/channels'
import { registerIpcHandlers, sendIpcEvent, type IpcHandlers } from './ipc-router'

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>

function fakeIpcMain() {
  const handlers = new Map<string, Listener>()
  return {
    handle: vi.fn((channel: string, listener: Listener) => { handlers.set(channel, listener) }),
    removeHandler: vi.fn((channel: string) => { handlers.delete(channel) }),
    invoke: (channel: string, payload: unknown, frameUrl = 'app://sandscape/index.html') =>
      handlers.get(channel)!({ senderFrame: { url: frameUrl } } as IpcMainInvokeEvent, payload),
    handlers,
  }
}

const handlers: IpcHandlers = {
  loadDataset: vi.fn(async () => ({ ok: false as const, error: { code: 'missing' as const, message: 'gone' } })),
  datasetVersion: vi.fn(async () => ({ ok: false as const })),
  openExternal: vi.fn(async ({ url }: { url: string }) => ({ opened: url.startsWith('https:') })),
  saveTextFile: vi.fn(async () => ({ saved: true, path: '/tmp/x.md' })),
  saveTextFiles: vi.fn(async () => ({ saved: true, directory: '/tmp', count: 1 })),
  openTextFile: vi.fn(async () => ({ opened: false })),
  fetchLandscape: vi.fn(async () => ({ ok: false as const, failedAttempts: [{ format: 'api' as const, url: 'https://x.example/', error: { kind: 'offline' as const, message: 'offline' } }] })),
  fetchLogo: vi.fn(async () => ({ ok: false as const, error: { kind: 'http' as const, message: '404', status: 404 } })),
  cancelRefresh: vi.fn(async () => ({ cancelled: false })),
  fetchHealth: vi.fn(async () => ({ results: [] })),
  shellReady: vi.fn(async () => ({ ready: true as const })),
  setMenu: vi.fn(async () => ({ applied: true })),
  notify: vi.fn(async () => ({ shown: true })),
  printToPdf: vi.fn(async () => ({ saved: true, path: '/tmp/x.pdf' })),
}
const trusted = (url: string | undefined) => url === 'app://sandscape/index.html'

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const ipc = fakeIpcMain()
    registerIpcHandlers(ipc, handlers, trusted)
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(ipcChannels).sort())
  })

  it('passes valid payloads to the handler and returns its result', async () => {
    const ipc = fakeIpcMain()
    registerIpcHandlers(ipc, handlers, trusted)
    await expect(ipc.invoke(ipcChannels.openExternal, { url: 'https://cncf.io/' })).resolves.toEqual({ opened: true })
    await expect(ipc.invoke(ipcChannels.loadDataset, undefined)).resolves.toMatchObject({ ok: false })
  })

  it('refuses messages from frames that are not our renderer', async () => {
    const ipc = fakeIpcMain()
    registerIpcHandlers(ipc, handlers, trusted)
    await expect(ipc.invoke(ipcChannels.loadDataset, undefined, 'https://evil.example/')).rejects.toThrow(/untrusted frame/)
  })

  it.each([
    ['a non-http URL', { url: 'file:///etc/passwd' }],
    ['a javascript: URL', { url: 'javascript:alert(1)' }],
    ['extra fields', { url: 'https://cncf.io/', then: 'rm -rf' }],
    ['a string instead of an object', 'https://cncf.io/'],
  ])('rejects %s before the handler runs', async (_name, payload) => {
    const ipc = fakeIpcMain()
    const open = vi.fn()
    registerIpcHandlers(ipc, { ...handlers, openExternal: open }, trusted)
    await expect(ipc.invoke(ipcChannels.openExternal, payload)).rejects.toThrow(/invalid payload/)
    expect(open).not.toHaveBeenCalled()
  })

  it.each([
    ['a path in the file name', { suggestedName: '../../.bashrc', content: 'x' }],
    ['an absolute path', { suggestedName: '/etc/cron.d/job', content: 'x' }],
    ['a Windows path', { suggestedName: 'C:\\Windows\\x.md', content: 'x' }],
    ['content over the size limit', { suggestedName: 'big.md', content: 'x'.repeat(20_000_001) }],
  ])('refuses to save with %s', async (_name, payload) => {
    const ipc = fakeIpcMain()
    const save = vi.fn()
    registerIpcHandlers(ipc, { ...handlers, saveTextFile: save }, trusted)
    await expect(ipc.invoke(ipcChannels.saveTextFile, payload)).rejects.toThrow(/invalid payload/)
    expect(save).not.toHaveBeenCalled()
  })

  it.each([
    ['a traversal name', [{ name: '../../.ssh/authorized_keys', content: 'x' }]],
    ['a nested name', [{ name: 'a/b.md', content: 'x' }]],
    ['duplicate names', [{ name: 'a.md', content: 'x' }, { name: 'A.md', content: 'y' }]],
    ['no files', []],
  ])('refuses to write a folder of files with %s', async (_name, files) => {
    const ipc = fakeIpcMain()
    const save = vi.fn()
    registerIpcHandlers(ipc, { ...handlers, saveTextFiles: save }, trusted)
    await expect(ipc.invoke(ipcChannels.saveTextFiles, { title: 'Notes', files })).rejects.toThrow(/invalid payload/)
    expect(save).not.toHaveBeenCalled()
  })

  it.each([
    ['a file: source', { sources: [{ format: 'api', url: 'file:///etc/passwd' }] }],
    ['an unknown format', { sources: [{ format: 'xml', url: 'https://x.example/a.xml' }] }],
    ['no sources', { sources: [] }],
    ['too many sources', { sources: Array.from({ length: 5 }, () => ({ format: 'api', url: 'https://x.example/a.json' })) }],
  ])('refuses a refresh from %s', async (_name, payload) => {
    const ipc = fakeIpcMain()
    const fetchLandscape = vi.fn()
    registerIpcHandlers(ipc, { ...handlers, fetchLandscape }, trusted)
    await expect(ipc.invoke(ipcChannels.fetchLandscape, payload)).rejects.toThrow(/invalid payload/)
    expect(fetchLandscape).not.toHaveBeenCalled()
  })

  it.each([
    ['a file: source', { sources: [{ source: 'lfx', url: 'file:///etc/passwd' }], targets: [] }],
    ['an unknown source', { sources: [{ source: 'scorecard', url: 'https://x.example/' }], targets: [] }],
    ['the same source twice', { sources: [{ source: 'lfx', url: 'https://a.example/' }, { source: 'lfx', url: 'https://b.example/' }], targets: [] }],
    ['a project id that is not one', { sources: [{ source: 'lfx', url: 'https://a.example/' }], targets: [{ projectId: '../x' }] }],
    ['too many projects', { sources: [{ source: 'lfx', url: 'https://a.example/' }], targets: Array.from({ length: 5001 }, (_, i) => ({ projectId: `p${i}` })) }],
  ])('refuses health figures from %s', async (_name, payload) => {
    const ipc = fakeIpcMain()
    const fetchHealth = vi.fn()
    registerIpcHandlers(ipc, { ...handlers, fetchHealth }, trusted)
    await expect(ipc.invoke(ipcChannels.fetchHealth, payload)).rejects.toThrow(/invalid payload/)
    expect(fetchHealth).not.toHaveBeenCalled()
  })

  it('fetches logos only from http(s) URLs', async () => {
    const ipc = fakeIpcMain()
    registerIpcHandlers(ipc, handlers, trusted)
    await expect(ipc.invoke(ipcChannels.fetchLogo, { url: 'javascript:alert(1)' })).rejects.toThrow(/invalid payload/)
    await expect(ipc.invoke(ipcChannels.fetchLogo, { url: 'https://landscape.example.org/logos/a.svg' })).resolves.toMatchObject({ ok: false })
  })

  it.each([
    ['a URL instead of a route hash', { views: [{ id: 'x', label: 'X', hash: 'https://evil.example/' }], labels: {} }],
    ['missing menu words', { views: [], labels: { file: 'File' } }],
    ['an unknown menu word', { views: [], labels: { file: 'File', script: 'x' } }],
  ])('refuses a menu with %s', async (_name, payload) => {
    const ipc = fakeIpcMain()
    const setMenu = vi.fn()
    registerIpcHandlers(ipc, { ...handlers, setMenu }, trusted)
    await expect(ipc.invoke(ipcChannels.setMenu, payload)).rejects.toThrow(/invalid payload/)
    expect(setMenu).not.toHaveBeenCalled()
  })

  it.each([
    ['a path', { suggestedName: '../x.pdf', pageSize: 'A4' }],
    ['another extension', { suggestedName: 'x.exe', pageSize: 'A4' }],
    ['an unknown paper', { suggestedName: 'x.pdf', pageSize: 'A0' }],
  ])('refuses to print with %s', async (_name, payload) => {
    const ipc = fakeIpcMain()
    const printToPdf = vi.fn()
    registerIpcHandlers(ipc, { ...handlers, printToPdf }, trusted)
    await expect(ipc.invoke(ipcChannels.printToPdf, payload)).rejects.toThrow(/invalid payload/)
    expect(printToPdf).not.toHaveBeenCalled()
  })

  it('refuses a notification that would open anything but one of our views', async () => {
    const ipc = fakeIpcMain()
    const notify = vi.fn(async () => ({ shown: true }))
    registerIpcHandlers(ipc, { ...handlers, notify }, trusted)
    await expect(ipc.invoke(ipcChannels.notify, { title: 'x', body: 'y', hash: 'file:///etc/passwd' })).rejects.toThrow(/invalid payload/)
    await expect(ipc.invoke(ipcChannels.notify, { title: 'x', body: 'y', hash: '#/whats-new' })).resolves.toEqual({ shown: true })
  })

  it('rejects a payload sent to a channel that takes none', async () => {
    const ipc = fakeIpcMain()
    registerIpcHandlers(ipc, handlers, trusted)
    await expect(ipc.invoke(ipcChannels.loadDataset, { path: '/etc/passwd' })).rejects.toThrow(/invalid payload/)
  })

  it('unregisters everything it registered', () => {
    const ipc = fakeIpcMain()
    const dispose = registerIpcHandlers(ipc, handlers, trusted)
    dispose()
    expect(ipc.handlers.size).toBe(0)
  })
})

describe('sendIpcEvent', () => {
  it('sends a contract event on its channel, and nothing to a page that has gone', () => {
    const live = { send: vi.fn(), isDestroyed: () => false }
    const gone = { send: vi.fn(), isDestroyed: () => true }
    const progress = { stage: 'process' as const, format: 'api' as const, url: 'https://x.example/all.json' }
    sendIpcEvent(live, 'refreshProgress', progress)
    sendIpcEvent(gone, 'refreshProgress', progress)
    expect(live.send).toHaveBeenCalledWith('refresh:progress', progress)
    expect(gone.send).not.toHaveBeenCalled()
  })
})
