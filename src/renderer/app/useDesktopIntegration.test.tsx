// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, renderHook } from '@testing-library/react'
import type { IpcEvent } from '../../shared/ipc/channels'
import { MenuLabels, SetMenuRequest } from '../../shared/ipc/contract'
import i18n, { switchLanguage } from '../i18n'
import './features'
import { useNoticeStore } from '../store/notice-store'
import { usePrintStore } from '../store/print-store'
import { usePaletteStore } from '../store/palette-store'
import { useDesktopIntegration } from './useDesktopIntegration'

/** The preload's bridge as the page sees it, with main's side in the test's hands. */
function fakeDesktopBridge() {
  const listeners = new Map<IpcEvent, (payload: never) => void>()
  const bridge = {
    shellReady: vi.fn(async () => ({ ready: true as const })),
    setMenu: vi.fn(async (_request: unknown) => ({ applied: true })),
    printToPdf: vi.fn(async () => ({ saved: true, path: '/home/u/Compare-headlamp-sops.pdf' })),
    on: vi.fn((event: IpcEvent, listener: (payload: never) => void) => {
      listeners.set(event, listener)
      return () => listeners.delete(event)
    }),
  }
  const emit = (event: IpcEvent, payload: unknown) => act(() => listeners.get(event)!(payload as never))
  return { bridge, emit, listeners }
}

beforeAll(async () => {
  await i18n.changeLanguage('en')
  // jsdom paints nothing: a frame is a tick.
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(0), 0))
})

// getBridge() keeps the first bridge it sees, as the real page does: one fake for the file.
const desktop = fakeDesktopBridge()
beforeEach(() => {
  window.sandscape = desktop.bridge as never
  vi.clearAllMocks()
})
afterEach(() => {
  cleanup()
  delete window.sandscape
})

describe('useDesktopIntegration', () => {
  it('sends the sidebar views and the menu words in the UI language, again when it changes', async () => {
    const { bridge } = desktop
    renderHook(() => useDesktopIntegration())
    expect(bridge.shellReady).toHaveBeenCalledTimes(1)
    const first = SetMenuRequest.parse(bridge.setMenu.mock.calls.at(-1)![0])
    expect(first.views.map((v) => [v.label, v.hash])).toContainEqual(['Compare', '#/compare'])
    expect(MenuLabels.parse(first.labels).print).toBe('Print to PDF…')
    await act(() => switchLanguage('ru'))
    const second = SetMenuRequest.parse(bridge.setMenu.mock.calls.at(-1)![0])
    expect(second.views[0].label).toBe('Проекты')
    expect(second.labels.print).toBe('Сохранить в PDF…')
    await act(() => switchLanguage('en'))
  })

  it('goes where a deep link or a menu entry says, and explains a refused link', () => {
    const { bridge, emit } = desktop
    renderHook(() => useDesktopIntegration())
    emit('navigate', { hash: '#/projects/headlamp' })
    expect(window.location.hash).toBe('#/projects/headlamp')
    emit('notice', { kind: 'deep-link-refused', link: 'sandscape://nope' })
    expect(useNoticeStore.getState().notice).toMatchObject({ message: 'This link could not be opened: sandscape://nope', severity: 'warning' })
  })

  it('prints the view on screen from the menu, or says there is nothing to print', async () => {
    const { bridge, emit } = desktop
    renderHook(() => useDesktopIntegration())
    usePrintStore.getState().setPrintable(undefined)
    emit('menuCommand', { command: 'print' })
    await vi.waitFor(() => expect(useNoticeStore.getState().notice?.message).toMatch(/Nothing to print here/))
    usePrintStore.getState().setPrintable('Compare-headlamp-sops')
    emit('menuCommand', { command: 'print' })
    await vi.waitFor(() => expect(useNoticeStore.getState().notice?.message).toBe('PDF saved to /home/u/Compare-headlamp-sops.pdf'))
    expect(bridge.printToPdf).toHaveBeenCalledWith({ suggestedName: 'Compare-headlamp-sops.pdf', pageSize: expect.stringMatching(/^(A4|Letter)$/) })
    expect(usePrintStore.getState().printing).toBe(false)
  })

  it('searches from the menu: the Projects field when it is on screen, the command palette elsewhere', () => {
    const { emit } = desktop
    renderHook(() => useDesktopIntegration())
    usePaletteStore.getState().setOpen(false)
    emit('menuCommand', { command: 'find' })
    expect(usePaletteStore.getState().open).toBe(true)

    usePaletteStore.getState().setOpen(false)
    document.body.innerHTML = '<main><div role="search"><input value="mesh"></div></main>'
    emit('menuCommand', { command: 'find' })
    expect(document.activeElement).toBe(document.querySelector('main input'))
    expect(usePaletteStore.getState().open).toBe(false)
    document.body.innerHTML = ''
  })

  it('does nothing in the web build', () => {
    delete window.sandscape
    renderHook(() => useDesktopIntegration())
    expect(desktop.bridge.shellReady).not.toHaveBeenCalled()
    expect(desktop.bridge.setMenu).not.toHaveBeenCalled()
    expect(desktop.bridge.on).not.toHaveBeenCalled()
  })
})
