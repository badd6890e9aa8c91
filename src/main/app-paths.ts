import path from 'node:path'

export interface AppLocation {
  isPackaged: boolean
  appPath: string
  resourcesPath: string
  /** Directory of the built main bundle (out/main). */
  mainDir: string
}

/** Where the bundled dataset lives: packaged apps keep it in extra resources. */
export function datasetPath(location: AppLocation): string {
  return location.isPackaged
    ? path.join(location.resourcesPath, 'dataset.json')
    : path.join(location.appPath, 'resources', 'dataset.json')
}

export function preloadPath(location: AppLocation): string {
  return path.join(location.mainDir, '../preload/index.cjs')
}

/** The built renderer, served over app:// (app-protocol.ts). */
export function rendererRoot(location: AppLocation): string {
  return path.join(location.mainDir, '../renderer')
}

/** Window memory (window-state.ts), beside the browser profile. */
export function windowStatePath(userData: string): string {
  return path.join(userData, 'window-state.json')
}

/** The utility process entry that parses downloads (built beside index.js). */
export function parseWorkerPath(location: AppLocation): string {
  return path.join(location.mainDir, 'parse-worker.js')
}
