import type { ParseRunner } from '../parsing/task-runner'
import type { FetchLike } from './download'
import { fetchLandscape, type FetchLandscapeOptions } from './fetch-landscape'
import { fetchLogo } from './logo'
import type { FetchLandscapeResult, LogoResult, RefreshProgress, RefreshSource } from './schema'

export interface RefreshDownloads {
  fetchLandscape: (request: { sources: RefreshSource[] }, onProgress: (progress: RefreshProgress) => void) => Promise<FetchLandscapeResult>
  fetchLogo: (request: { url: string }) => Promise<LogoResult>
  /** Aborts every download under way; says whether there was one. */
  cancel: () => { cancelled: boolean }
}

/**
 * The refresh downloads as the bridge offers them, for both targets: the desktop main process
 * passes Electron's `net.fetch` (system proxy), the web build the browser's `fetch`. Every
 * download under way can be cancelled at once, as the Cancel button asks.
 */
export function createRefreshDownloads(fetchImpl: FetchLike, limits?: FetchLandscapeOptions['limits'], parser?: ParseRunner): RefreshDownloads {
  const running = new Set<AbortController>()
  const track = async <T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const controller = new AbortController()
    running.add(controller)
    try {
      return await work(controller.signal)
    } finally {
      running.delete(controller)
    }
  }
  return {
    fetchLandscape: ({ sources }, onProgress) => track((signal) => fetchLandscape(sources, { fetch: fetchImpl, signal, onProgress, limits, parser })),
    fetchLogo: ({ url }) => track((signal) => fetchLogo(url, { fetch: fetchImpl, signal, parser })),
    cancel: () => {
      const cancelled = running.size > 0
      for (const controller of running) controller.abort()
      return { cancelled }
    },
  }
}
