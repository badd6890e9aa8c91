import type { DatasetHeader } from '../../shared/dataset/header'
import type { DatasetMeta } from './database'

/**
 * Whether the cached data already holds the bundled dataset of this version, so the whole file
 * need not be read: the same version, or data refreshed on this device over that very bundle
 * (which a bundle as old as the one it was laid over does not replace; see syncDataset).
 */
export function cacheHoldsBundled(cached: DatasetMeta | undefined, bundled: DatasetHeader): boolean {
  if (!cached || cached.schemaVersion !== bundled.schemaVersion) return false
  return cached.version === bundled.version || (cached.origin === 'refresh' && cached.bundledVersion === bundled.version)
}
