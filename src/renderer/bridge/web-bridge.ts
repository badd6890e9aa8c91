import { datasetFromText, failure } from '../../shared/dataset/load'
import type { DatasetLoadResult, SandscapeBridge } from '../../shared/ipc/contract'
import { isHttpUrl } from '../../shared/url'

/**
 * The web build's stand-in for the preload bridge: the dataset comes over HTTP from beside
 * index.html, links open in a new tab. Same contract, same validation as the desktop app.
 */
export function createWebBridge(fetchImpl: typeof fetch = (...args) => fetch(...args), baseUrl = document.baseURI): SandscapeBridge {
  return {
    async loadDataset(): Promise<DatasetLoadResult> {
      const url = new URL('dataset.json', baseUrl).href
      try {
        const response = await fetchImpl(url, { cache: 'no-cache' })
        if (!response.ok) {
          return failure(response.status === 404 ? 'missing' : 'unreadable', 'The dataset could not be downloaded.', `${url}: HTTP ${response.status}`)
        }
        return datasetFromText(await response.text(), url)
      } catch (error) {
        return failure('unreadable', 'The dataset could not be downloaded.', `${url}: ${(error as Error).message}`)
      }
    },
    async openExternal({ url }) {
      if (!isHttpUrl(url)) return { opened: false }
      window.open(url, '_blank', 'noopener,noreferrer')
      return { opened: true }
    },
  }
}
