import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron'
import { openExternalUrl } from './external-links'

/** The renderer's webPreferences: the Electron security checklist, spelled out. */
export function secureWebPreferences(preloadPath: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  }
}

export function mainWindowOptions(preloadPath: string, dark: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Sandscape',
    // Matches the first paint of the theme so no white flash precedes a dark UI.
    backgroundColor: dark ? '#121212' : '#fafafa',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  }
}

/**
 * Keeps the window on our page: new windows are refused (http(s) links go to the system
 * browser instead), navigation away is cancelled, permission requests are denied.
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
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
}

export function showWhenReady(window: BrowserWindow): void {
  window.once('ready-to-show', () => window.show())
}
