/**
 * Every request the renderer may make of the main process, by bridge method name.
 * Zod-free so the sandboxed preload stays tiny; contract.ts pairs each with its schemas.
 */
export const ipcChannels = {
  loadDataset: 'dataset:load',
  datasetVersion: 'dataset:version',
  openExternal: 'shell:open-external',
  saveTextFile: 'file:save-text',
  saveTextFiles: 'file:save-text-files',
  openTextFile: 'file:open-text',
  fetchLandscape: 'refresh:fetch-landscape',
  fetchLogo: 'refresh:fetch-logo',
  cancelRefresh: 'refresh:cancel',
  fetchHealth: 'refresh:fetch-health',
  shellReady: 'shell:ready',
  setMenu: 'shell:set-menu',
  notify: 'shell:notify',
  printToPdf: 'file:print-pdf',
} as const

export type IpcMethod = keyof typeof ipcChannels

/** Every event main sends to the renderer unasked (progress, menu commands, deep links), by name. */
export const ipcEvents = {
  refreshProgress: 'refresh:progress',
  healthProgress: 'refresh:health-progress',
  navigate: 'shell:navigate',
  menuCommand: 'shell:menu-command',
  notice: 'shell:notice',
} as const

export type IpcEvent = keyof typeof ipcEvents
