import type { DatasetSource } from '../dataset/schema'
import { isHttpUrl } from '../url'
import { TaskError } from '../parsing/task-error'
import type { ParseRunner } from '../parsing/task-runner'
import { decodeText, download, DownloadError, type FetchLike } from './download'
import type { LogoMime, LogoResult } from './schema'
import { svgProblem } from './svg-check'

/**
 * 2 MB per logo. The landscape's logos are mostly small SVGs (median about 7 KB) but ten are
 * over 100 KB and the largest is about 1 MB (a detailed illustration), so 2 MB keeps every
 * logo there is today with room to grow, while a runaway or hostile response stops early.
 */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024
export const LOGO_TIMEOUT_MS = 20_000
/**
 * What servers send logos as. raw.githubusercontent.com serves every text file, SVG included,
 * as text/plain and some mirrors send octet-stream: the bytes decide what the logo really is.
 */
export const LOGO_CONTENT_TYPES = [
  'image/svg+xml', 'image/png', 'image/jpeg', 'image/webp', 'image/gif',
  'text/plain', 'text/xml', 'application/xml', 'application/octet-stream',
] as const

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b)
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))

/** Raster formats recognised by their signature bytes. */
export function sniffRaster(bytes: Uint8Array): Exclude<LogoMime, 'image/svg+xml'> | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  return undefined
}

export { svgProblem } from './svg-check'

export type LogoCheck = { ok: true; mime: LogoMime } | { ok: false; kind: 'wrong-type' | 'unsafe'; message: string }

/** Decides what downloaded logo bytes are: a raster image, a safe SVG, or something refused. */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  const raster = sniffRaster(bytes)
  if (raster) return { ok: true, mime: raster }
  const text = decodeText(bytes)
  const head = text.slice(0, 2048).trimStart().toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || !/<svg[\s>]/i.test(text)) {
    return { ok: false, kind: 'wrong-type', message: 'The file is not an image (SVG, PNG, JPEG, GIF or WebP).' }
  }
  const problem = svgProblem(text)
  return problem ? { ok: false, kind: 'unsafe', message: `The SVG logo was refused: ${problem}.` } : { ok: true, mime: 'image/svg+xml' }
}

/** Downloads one logo within the limits and checks it; never throws. */
export async function fetchLogo(url: string, options: { fetch: FetchLike; signal?: AbortSignal; parser?: ParseRunner }): Promise<LogoResult> {
  try {
    const { bytes } = await download(url, {
      fetch: options.fetch,
      signal: options.signal,
      timeoutMs: LOGO_TIMEOUT_MS,
      maxBytes: MAX_LOGO_BYTES,
      contentTypes: LOGO_CONTENT_TYPES,
    })
    // In a worker with a time budget when there is one: a logo never holds up the app.
    const check = options.parser ? await options.parser.run('logo', bytes, { signal: options.signal }) : checkLogo(bytes)
    return check.ok ? { ok: true, mime: check.mime, bytes } : { ok: false, error: { kind: check.kind, message: check.message } }
  } catch (error) {
    if (error instanceof DownloadError) return { ok: false, error: { kind: error.kind, message: error.message, ...(error.status ? { status: error.status } : {}) } }
    if (error instanceof TaskError) {
      return error.kind === 'cancelled'
        ? { ok: false, error: { kind: 'cancelled', message: 'The download was cancelled.' } }
        : { ok: false, error: { kind: 'unsafe', message: `The logo was refused: checking it failed (${error.message})` } }
    }
    return { ok: false, error: { kind: 'offline', message: `The logo could not be downloaded: ${String((error as Error)?.message ?? error)}` } }
  }
}

/**
 * Where a project's logo can be downloaded: the API gives absolute URLs; landscape.yml names a
 * file in hosted_logos/ beside itself (so a mirror of the YAML serves its logos too). Data not
 * refreshed from a live source has no place to fetch logos from.
 */
export function logoSourceUrl(logo: string | undefined, source: Pick<DatasetSource, 'url' | 'live'>): string | undefined {
  if (!logo) return undefined
  // (isHttpUrl narrows its argument; an unknown copy keeps `logo` a string below.)
  if (isHttpUrl(logo as unknown)) return logo
  if (source.live !== 'yaml') return undefined
  try {
    const url = new URL(`hosted_logos/${logo.replace(/^\.?\/+/, '').split('/').map(encodeURIComponent).join('/')}`, source.url).href
    return isHttpUrl(url) ? url : undefined
  } catch {
    return undefined
  }
}
