import { BrowserWindow, type Rectangle, type WebContents } from 'electron'
import { openExternalUrl } from './external-links'
import { DEFAULT_WINDOW, MIN_WINDOW } from './window-state'

export interface MainWindowOptions {
  preload: string
  dark: boolean
  /** Remembered bounds, already fitted to the displays (window-state.ts); the default size otherwise. */
  bounds?: Rectangle
}

/**
 * The one window, with the Electron security checklist spelled out in the constructor call
 * itself (so a reader, and Electronegativity, see every option where the window is made).
 */
export function createMainWindow({ preload, dark, bounds }: MainWindowOptions): BrowserWindow {
  return new BrowserWindow({
    ...(bounds ?? DEFAULT_WINDOW),
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'Sandscape',
    // Matches the first paint of the theme so no white flash precedes a dark UI.
    backgroundColor: dark ? '#121212' : '#fafafa',
    autoHideMenuBar: false,
    webPreferences: {
      preload, // eng-disable PRELOAD_JS_CHECK: it exposes only the typed bridge generated from the IPC contract, isolated and sandboxed
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click must not open a window either (new windows are refused below).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  })
}

/**
 * Keeps the window on our page: new windows are refused (http(s) links go to the system
 * browser instead), navigation away is cancelled, permission requests and checks are denied
 * but a clipboard write from our own page (no camera, location, page notifications or clipboard
 * reads).
 */
export function hardenWebContents(
  contents: WebContents,
  isOwnPage: (url: string) => boolean,
  openExternal: (url: string) => Promise<void>,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalUrl(url, openExternal)
    return { action: 'deny' }
  })
  contents.on('will-navigate', (event, url) => {
    if (isOwnPage(url)) return
    event.preventDefault()
    void openExternalUrl(url, openExternal)
  })
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isOwnPage(details.requestingUrl) && ALLOWED_PERMISSIONS.has(permission)))
  contents.session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isOwnPage(requestingOrigin) && ALLOWED_PERMISSIONS.has(permission))
}

/** The one permission our own page gets: writing text to the clipboard (Copy as Markdown). */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write'])

export function showWhenReady(window: BrowserWindow, maximized = false): void {
  window.once('ready-to-show', () => {
    if (maximized) window.maximize()
    window.show()
  })
}
