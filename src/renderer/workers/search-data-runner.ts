import type { SearchDocument } from '../../shared/search/search-index'
import type { TermIndexData } from '../../shared/search/term-index'

/**
 * The search index data of `documents`, made in a Web Worker; undefined where no worker can start
 * (tests, a page that forbids them). Rejects when the worker fails: the caller makes it inline then.
 */
export function buildSearchDataOffThread(documents: readonly SearchDocument[]): Promise<TermIndexData> | undefined {
  if (typeof Worker === 'undefined') return undefined
  let worker: Worker
  try {
    worker = new Worker(new URL('./search-data.worker.ts', import.meta.url), { type: 'module', name: 'sandscape-search-index' })
  } catch {
    return undefined
  }
  return new Promise<TermIndexData>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<TermIndexData>) => {
      worker.terminate()
      resolve(event.data)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      reject(new Error(event.message || 'the search index worker failed'))
    }
    worker.postMessage(documents)
  })
}
