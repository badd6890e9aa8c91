// Wires the small main-process modules together; the logic lives in them and in src/shared.
import { fileURLToPath, pathToFileURL } from 'node:url'
import path from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, net, shell } from 'electron'
import { datasetPath, preloadPath, rendererIndexPath, type AppLocation } from './app-paths'
import { loadDatasetFile } from './dataset-loader'
import { openExternalUrl } from './external-links'
import { saveTextFile, saveTextFiles } from './file-save'
import { openTextFile } from './file-open'
import { registerIpcHandlers, sendIpcEvent } from './ipc-router'
import { createRefreshDownloads } from '../shared/refresh/downloads'
import { createHealthDownloads } from '../shared/health/downloads'
import { menuTemplate } from './menu'
import { createSenderCheck } from './trusted-sender'
import { hardenWebContents, mainWindowOptions, showWhenReady } from './window'

const location: AppLocation = {
  isPackaged: app.isPackaged,
  appPath: app.getAppPath(),
  resourcesPath: process.resourcesPath,
  mainDir: path.dirname(fileURLToPath(import.meta.url)),
}
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const indexFileUrl = pathToFileURL(rendererIndexPath(location)).href
const isOwnPage = createSenderCheck({ fileUrl: indexFileUrl, devServerUrl })

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath(location), nativeTheme.shouldUseDarkColors))
  hardenWebContents(window.webContents, isOwnPage, (url) => shell.openExternal(url))
  showWhenReady(window)
  if (devServerUrl) void window.loadURL(devServerUrl)
  else void window.loadFile(rendererIndexPath(location))
  return window
}

// Lets e2e runs (and people with several profiles) keep their data apart.
if (process.env.SANDSCAPE_USER_DATA_DIR) app.setPath('userData', process.env.SANDSCAPE_USER_DATA_DIR)
app.enableSandbox()
const singleInstance = app.requestSingleInstanceLock()
if (!singleInstance) app.quit()

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows()
  if (window) {
    if (window.isMinimized()) window.restore()
    window.focus()
  }
})

app.whenReady().then(() => {
  const downloads = createRefreshDownloads((url, init) => net.fetch(url, init))
  const health = createHealthDownloads((url, init) => net.fetch(url, init))
  registerIpcHandlers(ipcMain, {
    loadDataset: () => loadDatasetFile(datasetPath(location)),
    openExternal: async ({ url }) => ({ opened: await openExternalUrl(url, (u) => shell.openExternal(u)) }),
    saveTextFile: (request, event) => saveTextFile(request, {
      choosePath: async (defaultPath, filters) => {
        const owner = BrowserWindow.fromWebContents(event.sender)
        const options = { defaultPath, filters }
        const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
        return result.canceled ? undefined : result.filePath
      },
    }),
    saveTextFiles: (request, event) => saveTextFiles(request, {
      chooseDirectory: async (title) => {
        const owner = BrowserWindow.fromWebContents(event.sender)
        const options = { title, properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] }
        const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
        return result.canceled ? undefined : result.filePaths[0]
      },
    }),
    openTextFile: ({ filters }, event) => openTextFile({
      choosePath: async () => {
        const owner = BrowserWindow.fromWebContents(event.sender)
        const options = { filters, properties: ['openFile'] as 'openFile'[] }
        const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
        return result.canceled ? undefined : result.filePaths[0]
      },
    }),
    fetchLandscape: (request, event) => downloads.fetchLandscape(request, (progress) => sendIpcEvent(event.sender, 'refreshProgress', progress)),
    fetchLogo: (request) => downloads.fetchLogo(request),
    cancelRefresh: async () => {
      const [landscape, figures] = [downloads.cancel(), health.cancel()]
      return { cancelled: landscape.cancelled || figures.cancelled }
    },
    fetchHealth: (request, event) => health.fetchHealth(request, (progress) => sendIpcEvent(event.sender, 'healthProgress', progress)),
  }, isOwnPage)
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, (url) => void shell.openExternal(url))))
  createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
