import { clipboard, Menu, nativeTheme, screen, type BrowserWindow } from 'electron'
import type { MenuLabels } from '../shared/ipc/contract'
import { contextMenuTemplate } from './context-menu'
import type { RendererOutbox } from './renderer-outbox'
import { createMainWindow, hardenWebContents, showWhenReady } from './window'
import type { WindowMemory } from './window-state'

export interface MainWindowDeps {
  preload: string
  /** The renderer's page: app://sandscape/index.html, or the dev server. */
  pageUrl: string
  memory: WindowMemory
  isOwnPage: (url: string) => boolean
  openInBrowser: (url: string) => Promise<boolean>
  outbox: RendererOutbox
  /** The context menu's words, in the UI language. */
  labels: () => MenuLabels
}

/** The window as it was left (size, place, maximised, view), locked down, with its context menu. */
export function openMainWindow(deps: MainWindowDeps): BrowserWindow {
  const restored = deps.memory.restore(screen.getAllDisplays().map((display) => display.workArea))
  const window = createMainWindow({ preload: deps.preload, dark: nativeTheme.shouldUseDarkColors, bounds: restored.bounds })
  const contents = window.webContents
  hardenWebContents(contents, deps.isOwnPage, async (url) => { await deps.openInBrowser(url) })
  deps.memory.track(window)
  showWhenReady(window, restored.maximized)
  // A reload: main's events wait until the new page says it listens.
  contents.on('did-start-loading', () => deps.outbox.detach(contents))
  contents.on('context-menu', (_event, params) => {
    const items = contextMenuTemplate(params, deps.labels(), {
      openInBrowser: (url) => void deps.openInBrowser(url),
      copyText: (text) => clipboard.writeText(text),
    })
    if (items.length) Menu.buildFromTemplate(items).popup({ window })
  })
  void window.loadURL(`${deps.pageUrl}${restored.lastView ?? ''}`)
  return window
}
