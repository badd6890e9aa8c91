/**
 * Downloads with limits, written once for both targets: the desktop main process passes
 * Electron's `net.fetch` (system proxy), the web build passes the browser's `fetch`.
 * Every failure becomes a DownloadError with a kind the UI can explain in one sentence.
 */

export const DOWNLOAD_ERROR_KINDS = [
  /** No connection could be made (offline, DNS, refused, CORS in a browser) or it broke off. */
  'offline',
  'timeout',
  /** The server answered with a status other than 2xx. */
  'http',
  'too-large',
  /** The Content-Type (or, for logos, the bytes) is not what we asked for. */
  'wrong-type',
  'bad-json',
  /** Parsed, but not the expected format (or a YAML file that does not parse). */
  'bad-shape',
  /** A logo that could run code or load other resources. */
  'unsafe',
  'cancelled',
] as const
export type DownloadErrorKind = (typeof DOWNLOAD_ERROR_KINDS)[number]

export class DownloadError extends Error {
  override readonly name = 'DownloadError'
  constructor(readonly kind: DownloadErrorKind, message: string, readonly status?: number) {
    super(message)
  }
}

/** The part of WHATWG fetch we use; `net.fetch` and `fetch` both fit. */
export type FetchLike = (url: string, init: {
  signal: AbortSignal
  headers: Record<string, string>
  redirect: 'follow'
  cache?: 'default' | 'no-cache'
}) => Promise<Response>

export interface DownloadLimits {
  /** For the whole download, headers to last byte: a slow drip is a timeout too. */
  timeoutMs: number
  maxBytes: number
  /** Media types accepted, lower case, without parameters. */
  contentTypes: readonly string[]
}

export interface DownloadProgress {
  receivedBytes: number
  /** From Content-Length, when the server sends it. */
  totalBytes?: number
}

export interface DownloadOptions extends DownloadLimits {
  fetch: FetchLike
  /** Cancels the download (the user pressed Cancel). */
  signal?: AbortSignal
  onProgress?: (progress: DownloadProgress) => void
  /** Revalidate with the server instead of trusting a cached copy (data files). */
  revalidate?: boolean
}

export interface Downloaded {
  bytes: Uint8Array<ArrayBuffer>
  /** The media type, lower case, without parameters. */
  contentType: string
  etag?: string
  lastModified?: string
}

/** "text/plain; charset=utf-8" → "text/plain". */
export function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0].trim().toLowerCase()
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/**
 * GETs `url` within the limits: a total time budget (AbortSignal), Content-Type allowlist,
 * Content-Length checked up front and the streamed byte count checked as it arrives, so an
 * oversized body is cut off instead of filling memory. Resolves with the bytes or throws a
 * DownloadError.
 */
export async function download(url: string, options: DownloadOptions): Promise<Downloaded> {
  const { timeoutMs, maxBytes, contentTypes, onProgress } = options
  const host = hostOf(url)
  const timeout = AbortSignal.timeout(timeoutMs)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  const failure = (error: unknown, during: string): DownloadError => {
    if (error instanceof DownloadError) return error
    if (options.signal?.aborted) return new DownloadError('cancelled', 'The download was cancelled.')
    if (timeout.aborted) return new DownloadError('timeout', `${host} did not finish sending in ${Math.round(timeoutMs / 1000)} s.`)
    const reason = error instanceof Error && error.message ? ` (${error.message})` : ''
    return new DownloadError('offline', `${during} ${host}${reason}.`)
  }

  let response: Response
  try {
    response = await options.fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: contentTypes.join(', ') },
      ...(options.revalidate ? { cache: 'no-cache' as const } : {}),
    })
  } catch (error) {
    throw failure(error, 'Could not connect to')
  }

  const discard = () => { void response.body?.cancel().catch(() => {}) }
  if (!response.ok) {
    discard()
    throw new DownloadError('http', `${host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, response.status)
  }
  const contentType = mediaType(response.headers.get('content-type'))
  if (!contentTypes.includes(contentType)) {
    discard()
    throw new DownloadError('wrong-type', `${host} sent ${contentType || 'a file without a content type'}, not ${contentTypes[0]}.`)
  }
  const declared = Number(response.headers.get('content-length'))
  const totalBytes = Number.isFinite(declared) && declared > 0 ? declared : undefined
  if (totalBytes !== undefined && totalBytes > maxBytes) {
    discard()
    throw new DownloadError('too-large', `${host} offers ${formatBytes(totalBytes)}, more than the ${formatBytes(maxBytes)} allowed.`)
  }

  const chunks: Uint8Array[] = []
  let receivedBytes = 0
  try {
    if (response.body) {
      const reader = response.body.getReader()
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        receivedBytes += value.byteLength
        if (receivedBytes > maxBytes) {
          void reader.cancel().catch(() => {})
          throw new DownloadError('too-large', `${host} sent more than the ${formatBytes(maxBytes)} allowed.`)
        }
        chunks.push(value)
        onProgress?.({ receivedBytes, totalBytes })
      }
    }
  } catch (error) {
    throw failure(error, 'The connection broke off while downloading from')
  }

  const bytes = new Uint8Array(receivedBytes)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return {
    bytes,
    contentType,
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
  }
}

/** UTF-8 text of a download (a BOM is dropped). */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}

/** Parses downloaded JSON, or throws a `bad-json` DownloadError naming the host. */
export function parseJson(bytes: Uint8Array, url: string): unknown {
  try {
    return JSON.parse(decodeText(bytes)) as unknown
  } catch (error) {
    throw new DownloadError('bad-json', `${hostOf(url)} sent data that is not valid JSON (${(error as Error).message}).`)
  }
}
