import { Notification, type WebContents } from 'electron'
import type { HealthDownloads } from '../shared/health/downloads'
import type { createRefreshDownloads } from '../shared/refresh/downloads'
import { datasetPath, type AppLocation } from './app-paths'
import { loadDatasetFile, readDatasetVersion } from './dataset-loader'
import { chooseDirectory, chooseOpenPath, chooseSavePath } from './dialogs'
import { openTextFile } from './file-open'
import { saveTextFile, saveTextFiles } from './file-save'
import { sendIpcEvent, type IpcHandlers } from './ipc-router'
import type { createMenuState } from './menu'
import { showNotification } from './notifications'
import { printToPdfFile } from './print-pdf'
import type { RendererOutbox } from './renderer-outbox'

export interface IpcHandlerDeps {
  location: AppLocation
  downloads: ReturnType<typeof createRefreshDownloads>
  health: HealthDownloads
  outbox: RendererOutbox
  menu: ReturnType<typeof createMenuState>
  openInBrowser: (url: string) => Promise<boolean>
  /** Brings the window forward on a view (a notification was clicked). */
  show: (hash: string) => void
}

/** What main does for each request of the IPC contract (checked by ipc-router before it runs). */
export function createIpcHandlers({ location, downloads, health, outbox, menu, openInBrowser, show }: IpcHandlerDeps): IpcHandlers {
  return {
    loadDataset: () => loadDatasetFile(datasetPath(location)),
    datasetVersion: () => readDatasetVersion(datasetPath(location)),
    openExternal: async ({ url }) => ({ opened: await openInBrowser(url) }),
    saveTextFile: (request, event) => saveTextFile(request, { choosePath: (name, filters) => chooseSavePath(event.sender, name, filters) }),
    saveTextFiles: (request, event) => saveTextFiles(request, { chooseDirectory: (title) => chooseDirectory(event.sender, title) }),
    openTextFile: ({ filters }, event) => openTextFile({ choosePath: () => chooseOpenPath(event.sender, filters) }),
    fetchLandscape: (request, event) => downloads.fetchLandscape(request, (progress) => sendIpcEvent(event.sender, 'refreshProgress', progress)),
    fetchLogo: (request) => downloads.fetchLogo(request),
    cancelRefresh: async () => {
      const [landscape, figures] = [downloads.cancel(), health.cancel()]
      return { cancelled: landscape.cancelled || figures.cancelled }
    },
    fetchHealth: (request, event) => health.fetchHealth(request, (progress) => sendIpcEvent(event.sender, 'healthProgress', progress)),
    shellReady: async (_request, event) => {
      outbox.ready(event.sender as WebContents)
      return { ready: true }
    },
    setMenu: async (request) => {
      menu.set(request)
      return { applied: true }
    },
    notify: async (request) => showNotification(request, { isSupported: () => Notification.isSupported(), create: (options) => new Notification(options) }, show),
    printToPdf: (request, event) => printToPdfFile(request, {
      print: (options) => event.sender.printToPDF(options),
      choosePath: (name) => chooseSavePath(event.sender, name, [{ name: 'PDF', extensions: ['pdf'] }]),
    }),
  }
}
