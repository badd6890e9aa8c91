import type { SearchDocument } from '../../shared/search/search-index'
import type { TermIndexData } from '../../shared/search/term-index'

/** Far above what 100,000 projects take (seconds): a worker silent that long is stopped. */
const SEARCH_DATA_BUDGET_MS = 120_000

type MakeWorker = () => Worker

const makeWebWorker: MakeWorker = () => new Worker(new URL('./search-data.worker.ts', import.meta.url), { type: 'module', name: 'sandscape-search-index' })

/**
 * The search index data of `documents`, made in a Web Worker; undefined where no worker can start
 * (tests, a page that forbids them). Rejects when the worker fails or outlasts its budget (and is
 * stopped): the caller makes the index on its own thread then.
 */
export function buildSearchDataOffThread(documents: readonly SearchDocument[], makeWorker: MakeWorker | undefined = typeof Worker === 'undefined' ? undefined : makeWebWorker, budgetMs = SEARCH_DATA_BUDGET_MS): Promise<TermIndexData> | undefined {
  if (!makeWorker) return undefined
  let worker: Worker
  try {
    worker = makeWorker()
  } catch {
    return undefined
  }
  return new Promise<TermIndexData>((resolve, reject) => {
    const stop = (settle: () => void) => {
      clearTimeout(timer)
      worker.terminate()
      settle()
    }
    const timer = setTimeout(() => stop(() => reject(new Error(`the search index worker gave no answer in ${budgetMs} ms`))), budgetMs)
    worker.onmessage = (event: MessageEvent<TermIndexData>) => stop(() => resolve(event.data))
    worker.onerror = (event) => {
      event.preventDefault()
      stop(() => reject(new Error(event.message || 'the search index worker failed')))
    }
    worker.postMessage(documents)
  })
}
