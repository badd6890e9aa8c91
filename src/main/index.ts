// Wires the small main-process modules together; the logic lives in them and in src/shared.
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { app, BrowserWindow, ipcMain, Menu, net, protocol, shell, utilityProcess } from 'electron'
import { parseWorkerPath, preloadPath, rendererRoot, windowStatePath, type AppLocation } from './app-paths'
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol'
import { DEEP_LINK_SCHEME, deepLinkToHash, findDeepLinkArg } from './deep-link'
import { openExternalUrl } from './external-links'
import { createIpcHandlers } from './ipc-handlers'
import { registerIpcHandlers } from './ipc-router'
import { openMainWindow } from './main-window'
import { createMenuState } from './menu'
import { createRendererOutbox } from './renderer-outbox'
import { createHealthDownloads } from '../shared/health/downloads'
import { createRefreshDownloads } from '../shared/refresh/downloads'
import { createParseRunner } from '../shared/parsing/task-runner'
import { utilityProcessWorkers } from './parse-process'
import { createSenderCheck } from './trusted-sender'
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

// Lets e2e runs (and people with several profiles) keep their data apart.
if (process.env.SANDSCAPE_USER_DATA_DIR) app.setPath('userData', process.env.SANDSCAPE_USER_DATA_DIR)
// Must precede `ready`: app:// gets a real origin (storage, CSP, exact sender checks).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }])
app.enableSandbox()
// A second instance (the OS starting one for a link) hands its arguments to the first and quits
// before it opens anything or writes any state.
if (!app.requestSingleInstanceLock()) app.quit()
else start()

function start(): void {
  // Installers register sandscape:// (electron-builder.yml); this repeats it for AppImage and portable builds.
  if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME) // eng-disable PROTOCOL_HANDLER_JS_CHECK: every link is validated by deep-link.ts before use
  const outbox = createRendererOutbox()
  const windowMemory = createWindowMemory({ file: windowStatePath(app.getPath('userData')) })

  const focusWindow = () => {
    const [window] = BrowserWindow.getAllWindows()
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  }
  const show = (hash: string) => {
    outbox.send('navigate', { hash })
    focusWindow()
  }
  /** A sandscape:// link from the OS: its view in the window, or a notice saying why not. */
  const openDeepLink = (link: string) => {
    const result = deepLinkToHash(link)
    if (result.ok) show(result.hash)
    else {
      outbox.send('notice', { kind: 'deep-link-refused', link: link.slice(0, 200) })
      focusWindow()
    }
  }

  const menu = createMenuState(
    { platform: process.platform, developer: !app.isPackaged },
    { navigate: (hash) => outbox.send('navigate', { hash }), command: (command) => outbox.send('menuCommand', { command }), openInBrowser: (url) => void openInBrowser(url) },
    (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
  )
  const createWindow = () => openMainWindow({
    preload: preloadPath(location),
    pageUrl: devServerUrl ?? APP_INDEX_URL,
    memory: windowMemory,
    isOwnPage,
    openInBrowser,
    outbox,
    labels: menu.labels,
  })

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
  // Windows and Linux pass the link that started the app on the command line.
  const startLink = findDeepLinkArg(process.argv)
  if (startLink) openDeepLink(startLink)

  app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: rendererRoot(location) }))
    // Downloads are parsed in a utility process with a time budget: main never waits on a file.
    const parser = createParseRunner(utilityProcessWorkers((modulePath) => utilityProcess.fork(modulePath, [], { serviceName: 'Sandscape parser' }), parseWorkerPath(location)))
    app.on('will-quit', () => parser.dispose())
    const downloads = createRefreshDownloads((url, init) => net.fetch(url, init), undefined, parser)
    const health = createHealthDownloads((url, init) => net.fetch(url, init), undefined, parser)
    registerIpcHandlers(ipcMain, createIpcHandlers({ location, downloads, health, outbox, menu, openInBrowser, show }), isOwnPage)
    menu.rebuild()
    createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
