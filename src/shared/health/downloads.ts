import type { ParseRunner } from '../parsing/task-runner'
import type { FetchLike } from '../refresh/download'
import { fetchHealth, type HealthLimits } from './fetch-health'
import type { FetchHealthRequest, FetchHealthResult, HealthProgress } from './schema'

export interface HealthDownloads {
  fetchHealth: (request: FetchHealthRequest, onProgress: (progress: HealthProgress) => void) => Promise<FetchHealthResult>
  /** Aborts the health downloads under way; says whether there were any. */
  cancel: () => { cancelled: boolean }
}

/**
 * The health downloads as the bridge offers them, beside the landscape's (refresh/downloads.ts):
 * the desktop main process passes Electron's `net.fetch`, the web build the browser's `fetch`;
 * both pass the parser the landscape uses, so answers are read in its worker.
 */
export function createHealthDownloads(fetchImpl: FetchLike, limits?: Partial<HealthLimits>, parser?: ParseRunner): HealthDownloads {
  const running = new Set<AbortController>()
  return {
    async fetchHealth(request, onProgress) {
      const controller = new AbortController()
      running.add(controller)
      try {
        return await fetchHealth(request, { fetch: fetchImpl, signal: controller.signal, onProgress, limits, parser })
      } finally {
        running.delete(controller)
      }
    },
    cancel: () => {
      const cancelled = running.size > 0
      for (const controller of running) controller.abort()
      return { cancelled }
    },
  }
}
