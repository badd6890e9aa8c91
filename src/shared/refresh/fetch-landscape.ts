import { normalizeLandscapeApi } from '../landscape/landscape-api'
import { LandscapeFormatError, normalizeLandscapeYaml, type NormalizeResult } from '../landscape/landscape-yml'
import { TaskError } from '../parsing/task-error'
import type { ParseRunner } from '../parsing/task-runner'
import { decodeText, download, DownloadError, parseJson, type Downloaded, type FetchLike } from './download'
import type { DownloadFailure, FetchLandscapeResult, RefreshProgress, RefreshSource, SourceAttempt, SourceFormat } from './schema'

export { DEFAULT_SOURCES } from './sources'

/**
 * 20 MB per source file. Today all.json and landscape.yml are each about 1 MB; twenty times that
 * leaves years of growth, while a wrong URL pointing at something huge is cut off early.
 */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024
/** For the whole file: generous for a slow line, short enough that a stalled server is noticed. */
export const SOURCE_TIMEOUT_MS = 90_000

/**
 * Content types accepted per format. A captive portal's or proxy's HTML page is the classic
 * wrong answer and is refused here; raw.githubusercontent.com serves YAML as text/plain.
 */
export const SOURCE_CONTENT_TYPES: Record<SourceFormat, readonly string[]> = {
  api: ['application/json', 'text/json', 'text/plain'],
  yaml: ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml', 'text/plain', 'application/octet-stream'],
}

export interface FetchLandscapeOptions {
  fetch: FetchLike
  signal?: AbortSignal
  onProgress?: (progress: RefreshProgress) => void
  now?: () => Date
  /** Overrides for tests: smaller limits make the faults quick to provoke. */
  limits?: { timeoutMs?: number; maxBytes?: number }
  /** Where parsing runs (a worker with a time budget); inline without one. */
  parser?: ParseRunner
}

export function toFailure(error: unknown): DownloadFailure {
  if (error instanceof DownloadError) return error.status ? { kind: error.kind, message: error.message, status: error.status } : { kind: error.kind, message: error.message }
  if (error instanceof LandscapeFormatError) return { kind: 'bad-shape', message: `${error.message}.` }
  if (error instanceof TaskError) {
    if (error.kind === 'cancelled') return { kind: 'cancelled', message: 'The download was cancelled.' }
    return error.kind === 'timeout'
      ? { kind: 'timeout', message: `The file was too slow to read: ${error.message}` }
      : { kind: 'bad-shape', message: `The file could not be read: ${error.message}` }
  }
  return { kind: 'bad-shape', message: `The data could not be read: ${String((error as Error)?.message ?? error)}.` }
}

/** A short, stable name for the file version: its ETag, else its Last-Modified date. */
function revisionOf(downloaded: Downloaded): string | undefined {
  const etag = downloaded.etag?.replace(/^W\//, '').replace(/"/g, '').trim()
  if (etag) return etag.slice(0, 40)
  const modified = downloaded.lastModified ? new Date(downloaded.lastModified) : undefined
  return modified && !Number.isNaN(modified.getTime()) ? modified.toISOString() : undefined
}

export interface LandscapeInput {
  format: SourceFormat
  url: string
  bytes: Uint8Array
  fetchedAt: string
}

export type LandscapeParsed = ({ ok: true } & NormalizeResult) | { ok: false; failure: DownloadFailure }

/** Parses and normalises a downloaded source; never throws (a parse task, src/shared/parsing). */
export function parseLandscape({ format, url, bytes, fetchedAt }: LandscapeInput): LandscapeParsed {
  try {
    const result = format === 'api'
      ? normalizeLandscapeApi(parseJson(bytes, url), { fetchedAt, baseUrl: url })
      : normalizeLandscapeYaml(decodeText(bytes), { keepDescriptions: true })
    return { ok: true, ...result }
  } catch (error) {
    return { ok: false, failure: toFailure(error) }
  }
}

/**
 * Tries the sources in order until one gives valid project facts. Each is downloaded within the
 * limits, parsed and normalised through the same shared code as the bundled dataset; a source
 * that fails is recorded with its reason and the next one is tried. Cancelling stops at once.
 * Never throws: the result says what worked, or why nothing did.
 */
export async function fetchLandscape(sources: readonly RefreshSource[], options: FetchLandscapeOptions): Promise<FetchLandscapeResult> {
  const failedAttempts: SourceAttempt[] = []
  const now = options.now ?? (() => new Date())
  for (const source of sources) {
    const { format, url } = source
    try {
      const downloaded = await download(url, {
        fetch: options.fetch,
        signal: options.signal,
        timeoutMs: options.limits?.timeoutMs ?? SOURCE_TIMEOUT_MS,
        maxBytes: options.limits?.maxBytes ?? MAX_SOURCE_BYTES,
        contentTypes: SOURCE_CONTENT_TYPES[format],
        revalidate: true,
        onProgress: (p) => options.onProgress?.({ stage: 'download', format, url, ...p }),
      })
      if (options.signal?.aborted) throw new DownloadError('cancelled', 'The download was cancelled.')
      options.onProgress?.({ stage: 'process', format, url })
      const fetchedAt = now().toISOString()
      const input = { format, url, bytes: downloaded.bytes, fetchedAt }
      const parsed = options.parser ? await options.parser.run('landscape', input, { signal: options.signal }) : parseLandscape(input)
      if (!parsed.ok) throw new DownloadError(parsed.failure.kind, parsed.failure.message)
      const { projects, warnings } = parsed
      const revision = revisionOf(downloaded)
      return { ok: true, format, url, fetchedAt, ...(revision ? { revision } : {}), facts: projects, warnings, failedAttempts }
    } catch (error) {
      const failure = toFailure(error)
      failedAttempts.push({ format, url, error: failure })
      if (failure.kind === 'cancelled') break
    }
  }
  if (failedAttempts.length === 0) failedAttempts.push({ format: 'api', url: '', error: { kind: 'bad-shape', message: 'No source is configured.' } })
  return { ok: false, failedAttempts }
}
