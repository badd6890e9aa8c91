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
    async saveTextFile({ suggestedName, content, filters }) {
      // The browser's download stands in for the save dialog.
      const type = filters?.some((f) => f.extensions.includes('csv')) ? 'text/csv' : filters?.some((f) => f.extensions.includes('json')) ? 'application/json' : 'text/markdown'
      const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }))
      const link = document.createElement('a')
      link.href = url
      link.download = suggestedName
      link.rel = 'noopener'
      document.body.append(link)
      link.click()
      link.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return { saved: true }
    },
    async openExternal({ url }) {
      if (!isHttpUrl(url)) return { opened: false }
      window.open(url, '_blank', 'noopener,noreferrer')
      return { opened: true }
    },
  }
}
