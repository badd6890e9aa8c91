// Wires the small main-process modules together; the logic lives in them and in src/shared.
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { app, BrowserWindow, clipboard, ipcMain, Menu, nativeTheme, net, Notification, protocol, screen, shell } from 'electron'
import { datasetPath, preloadPath, rendererRoot, windowStatePath, type AppLocation } from './app-paths'
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol'
import { contextMenuTemplate } from './context-menu'
import { loadDatasetFile } from './dataset-loader'
import { DEEP_LINK_SCHEME, deepLinkToHash, findDeepLinkArg } from './deep-link'
import { chooseDirectory, chooseOpenPath, chooseSavePath } from './dialogs'
import { openExternalUrl } from './external-links'
import { saveTextFile, saveTextFiles } from './file-save'
import { openTextFile } from './file-open'
import { registerIpcHandlers, sendIpcEvent } from './ipc-router'
import { createMenuState } from './menu'
import { showNotification } from './notifications'
import { printToPdfFile } from './print-pdf'
import { createRendererOutbox } from './renderer-outbox'
import { createRefreshDownloads } from '../shared/refresh/downloads'
import { createSenderCheck } from './trusted-sender'
import { createMainWindow, hardenWebContents, showWhenReady } from './window'
import { createWindowMemory } from './window-state'

const location: AppLocation = {
  isPackaged: app.isPackaged,
  appPath: app.getAppPath(),
  resourcesPath: process.resourcesPath,
  mainDir: path.dirname(fileURLToPath(import.meta.url)),
}
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const isOwnPage = createSenderCheck({ appOrigin: APP_ORIGIN, devServerUrl })
// The only call that hands a URL to the OS; openExternalUrl lets only http(s) through.
const openInBrowser = (url: string) => openExternalUrl(url, (u) => shell.openExternal(u)) // eng-disable OPEN_EXTERNAL_JS_CHECK: only http(s) URLs get past openExternalUrl
const outbox = createRendererOutbox()

// Lets e2e runs (and people with several profiles) keep their data apart.
if (process.env.SANDSCAPE_USER_DATA_DIR) app.setPath('userData', process.env.SANDSCAPE_USER_DATA_DIR)
// Must precede `ready`: app:// gets a real origin (storage, CSP, exact sender checks).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
app.enableSandbox()
const singleInstance = app.requestSingleInstanceLock()
if (!singleInstance) app.quit()
// Installers register sandscape:// (electron-builder.yml `protocols`); this repeats it for AppImage and portable builds.
if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME) // eng-disable PROTOCOL_HANDLER_JS_CHECK: every link is validated by deep-link.ts before use

const windowMemory = createWindowMemory({ file: windowStatePath(app.getPath('userData')) })

function focusWindow(): void {
  const [window] = BrowserWindow.getAllWindows()
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.focus()
}

/** A sandscape:// link from the OS: its view in the window, or a notice saying why not. */
function openDeepLink(link: string): void {
  const result = deepLinkToHash(link)
  if (result.ok) outbox.send('navigate', { hash: result.hash })
  else outbox.send('notice', { kind: 'deep-link-refused', link: link.slice(0, 200) })
  focusWindow()
}

const menu = createMenuState(
  { platform: process.platform, developer: !app.isPackaged },
  {
    navigate: (hash) => outbox.send('navigate', { hash }),
    command: (command) => outbox.send('menuCommand', { command }),
    openInBrowser: (url) => void openInBrowser(url),
  },
  (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
)

function createWindow(): BrowserWindow {
  const restored = windowMemory.restore(screen.getAllDisplays().map((display) => display.workArea))
  const window = createMainWindow({ preload: preloadPath(location), dark: nativeTheme.shouldUseDarkColors, bounds: restored.bounds })
  const contents = window.webContents
  hardenWebContents(contents, isOwnPage, (url) => openInBrowser(url).then(() => undefined))
  windowMemory.track(window)
  showWhenReady(window, restored.maximized)
  contents.on('did-start-loading', () => outbox.detach(contents))
  contents.on('context-menu', (_event, params) => {
    const items = contextMenuTemplate(params, menu.labels(), { openInBrowser: (url) => void openInBrowser(url), copyText: (text) => clipboard.writeText(text) })
    if (items.length) Menu.buildFromTemplate(items).popup({ window })
  })
  void window.loadURL(`${devServerUrl ?? APP_INDEX_URL}${restored.lastView ?? ''}`)
  return window
}

app.on('second-instance', (_event, argv) => {
  focusWindow()
  const link = findDeepLinkArg(argv)
  if (link) openDeepLink(link)
})
// macOS hands links over as an event, also before `ready` when a link started the app.
app.on('open-url', (event, url) => {
  event.preventDefault()
  openDeepLink(url)
})
const startLink = findDeepLinkArg(process.argv)
if (startLink) openDeepLink(startLink)

app.whenReady().then(() => {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: rendererRoot(location) }))
  const downloads = createRefreshDownloads((url, init) => net.fetch(url, init))
  registerIpcHandlers(ipcMain, {
    loadDataset: () => loadDatasetFile(datasetPath(location)),
    openExternal: async ({ url }) => ({ opened: await openInBrowser(url) }),
    saveTextFile: (request, event) => saveTextFile(request, { choosePath: (name, filters) => chooseSavePath(event.sender, name, filters) }),
    saveTextFiles: (request, event) => saveTextFiles(request, { chooseDirectory: (title) => chooseDirectory(event.sender, title) }),
    openTextFile: ({ filters }, event) => openTextFile({ choosePath: () => chooseOpenPath(event.sender, filters) }),
    fetchLandscape: (request, event) => downloads.fetchLandscape(request, (progress) => sendIpcEvent(event.sender, 'refreshProgress', progress)),
    fetchLogo: (request) => downloads.fetchLogo(request),
    cancelRefresh: async () => downloads.cancel(),
    shellReady: async (_request, event) => {
      outbox.ready(event.sender)
      return { ready: true }
    },
    setMenu: async (request) => {
      menu.set(request)
      return { applied: true }
    },
    notify: async (request) => showNotification(request, { isSupported: () => Notification.isSupported(), create: (options) => new Notification(options) }, (hash) => {
      outbox.send('navigate', { hash })
      focusWindow()
    }),
    printToPdf: (request, event) => printToPdfFile(request, {
      print: (options) => event.sender.printToPDF(options),
      choosePath: (name) => chooseSavePath(event.sender, name, [{ name: 'PDF', extensions: ['pdf'] }]),
    }),
  }, isOwnPage)
  menu.rebuild()
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
