import type { HealthDownloads } from '../../shared/health/downloads'
import type { HealthLimits } from '../../shared/health/fetch-health'
import type { IpcEvent } from '../../shared/ipc/channels'
import type { DatasetLoadResult, DatasetVersionResult, IpcEventPayload, SandscapeBridge } from '../../shared/ipc/contract'
import { MAX_SAVED_TEXT_LENGTH } from '../../shared/ipc/limits'
import type { RefreshDownloads } from '../../shared/refresh/downloads'
import { isHttpUrl } from '../../shared/url'

/** A first launch's download, started before the app's code had loaded (early-start.ts): taken once. */
function takeEarlyDownload(): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined
  const early = window.sandscapeEarlyDataset
  delete window.sandscapeEarlyDataset
  return early
}

/**
 * The web build's stand-in for the preload bridge: the dataset comes over HTTP from beside
 * index.html, links open in a new tab. Same contract, same validation as the desktop app.
 */
export function createWebBridge(
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  baseUrl = document.baseURI,
  /** Smaller download limits, for tests that provoke timeouts and oversized bodies. */
  refreshLimits?: { timeoutMs?: number; maxBytes?: number; health?: Partial<HealthLimits> },
): SandscapeBridge {
  // Refresh downloads run here with the browser's fetch (same shared code and limits as main).
  const listeners = new Map<IpcEvent, Set<(payload: never) => void>>()
  const emit = <E extends IpcEvent>(event: E, payload: IpcEventPayload<E>) => listeners.get(event)?.forEach((listener) => listener(payload as never))
  // Parsing runs in a Web Worker with a time budget, so a 19 MB file never freezes the page. The
  // downloading and parsing code (YAML, XML, schemas, the health sources) loads on the first
  // refresh, not with the app.
  let downloads: Promise<{ landscape: RefreshDownloads; health: HealthDownloads }> | undefined
  const refresh = () => (downloads ??= Promise.all([import('../../shared/refresh/downloads'), import('../../shared/health/downloads'), import('../workers/parse-runner')])
    .then(([{ createRefreshDownloads }, { createHealthDownloads }, { parseRunner }]) => {
      const parser = parseRunner()
      return {
        landscape: createRefreshDownloads((url, init) => fetchImpl(url, init), refreshLimits, parser),
        health: createHealthDownloads((url, init) => fetchImpl(url, init), refreshLimits?.health, parser),
      }
    }))
  return {
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener)
      return () => { set.delete(listener) }
    },
    fetchLandscape: async (request) => (await refresh()).landscape.fetchLandscape(request, (p) => emit('refreshProgress', p)),
    fetchLogo: async (request) => (await refresh()).landscape.fetchLogo(request),
    cancelRefresh: async () => {
      if (!downloads) return { cancelled: false }
      const { landscape, health } = await downloads
      const [a, b] = [landscape.cancel(), health.cancel()]
      return { cancelled: a.cancelled || b.cancelled }
    },
    fetchHealth: async (request) => (await refresh()).health.fetchHealth(request, (p) => emit('healthProgress', p)),
    async loadDataset(): Promise<DatasetLoadResult> {
      const url = new URL('dataset.json', baseUrl).href
      // The validating reader (and its schemas) loads beside the download, not before the first
      // paint nor before the download starts.
      const download = takeEarlyDownload() ?? fetchImpl(url, { cache: 'no-cache' })
      download.catch(() => undefined)
      const { datasetFromText, failure } = await import('../../shared/dataset/load')
      try {
        const response = await download
        if (!response.ok) {
          return failure(response.status === 404 ? 'missing' : 'unreadable', 'The dataset could not be downloaded.', `${url}: HTTP ${response.status}`)
        }
        return datasetFromText(await response.text(), url)
      } catch (error) {
        return failure('unreadable', 'The dataset could not be downloaded.', `${url}: ${(error as Error).message}`)
      }
    },
    async datasetVersion(): Promise<DatasetVersionResult> {
      // Only the file's start is read: the download stops there. The header's reader (and zod)
      // load here: this runs once the first rows are on screen.
      try {
        const { DATASET_HEADER_LENGTH, readDatasetHeader } = await import('../../shared/dataset/header')
        const response = await fetchImpl(new URL('dataset.json', baseUrl).href, { cache: 'no-cache' })
        if (!response.ok || !response.body) return { ok: false }
        const header = readDatasetHeader(await readStart(response.body, DATASET_HEADER_LENGTH))
        return header ? { ok: true, ...header } : { ok: false }
      } catch {
        return { ok: false }
      }
    },
    async saveTextFile({ suggestedName, content, filters, encoding }) {
      // The browser's download stands in for the save dialog.
      const has = (extension: string) => filters?.some((f) => f.extensions.includes(extension))
      const type = has('csv') ? 'text/csv' : has('json') ? 'application/json' : has('svg') ? 'image/svg+xml' : has('png') ? 'image/png' : 'text/markdown'
      download(suggestedName, encoding === 'base64' ? Uint8Array.from(atob(content), (c) => c.charCodeAt(0)) : content, type)
      return { saved: true }
    },
    async saveTextFiles({ title, files }) {
      // Browsers cannot write a folder: one Markdown file holds them all, each under its name.
      const combined = files.map((f) => `<!-- ${f.name.replace(/-->/g, '')} -->\n\n${f.content.trimEnd()}\n`).join('\n---\n\n')
      download(`${title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'notes'}.md`, combined, 'text/markdown;charset=utf-8')
      return { saved: true, count: files.length }
    },
    openTextFile({ filters }) {
      return new Promise((resolve) => {
        const input = document.createElement('input')
        input.type = 'file'
        input.accept = (filters ?? []).flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
        input.style.display = 'none'
        input.addEventListener('change', () => {
          const file = input.files?.[0]
          input.remove()
          if (!file) return resolve({ opened: false })
          if (file.size > MAX_SAVED_TEXT_LENGTH) return resolve({ opened: false, name: file.name, error: 'The file is too large.' })
          file.text().then(
            (content) => resolve({ opened: true, name: file.name, content }),
            () => resolve({ opened: false, name: file.name, error: 'The file could not be read.' }),
          )
        })
        input.addEventListener('cancel', () => { input.remove(); resolve({ opened: false }) })
        document.body.append(input)
        input.click()
      })
    },
    async openExternal({ url }) {
      if (!isHttpUrl(url)) return { opened: false }
      window.open(url, '_blank', 'noopener,noreferrer')
      return { opened: true }
    },
    // The browser has no application menu, native notifications or deep links of ours.
    shellReady: async () => ({ ready: true }),
    setMenu: async () => ({ applied: false }),
    notify: async () => ({ shown: false }),
    async printToPdf() {
      // The browser's own print dialog (with "Save as PDF") and the same print stylesheet.
      window.print()
      return { saved: false }
    },
  }
}

/** The first `length` bytes of a body as text (about: a chunk may carry more), then the rest is let go. */
async function readStart(body: ReadableStream<Uint8Array>, length: number): Promise<string> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let bytes = 0
  try {
    while (bytes < length) {
      const { done, value } = await reader.read()
      if (done) break
      bytes += value.byteLength
      text += decoder.decode(value, { stream: true })
    }
  } finally {
    void reader.cancel().catch(() => undefined)
  }
  return text
}

function download(name: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: typeof content === 'string' ? `${type};charset=utf-8` : type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
