// One health request, shared by every source's reader: the limits, the source's pace, 429 and
// Retry-After, and the rate-limit window, around the refresh's own download().
import type { ParseRunner } from '../parsing/task-runner'
import { download, DownloadError, type Downloaded, type FetchLike } from '../refresh/download'
import { rateLimitPauseMs, retryAfterMs, type SourceGate } from './pacing'
import { readHealthAnswer, type HealthAnswerKind, type HealthAnswers } from './read-answer'
import type { HealthSourceId } from './schema'

export interface HealthLimits {
  /** Per request, headers to last byte. */
  timeoutMs: number
  /** Per source, waits included: a source that crawls is given up, the others go on. */
  sourceBudgetMs: number
  /** The longest Retry-After waited for; asked to wait longer, the source gives up at once. */
  maxRetryWaitMs: number
  /** Rounds of 429s (or 429s to one request) before the source gives up. */
  maxRetries: number
  /** Wait before retrying a 429 that names no Retry-After; doubled each time. */
  retryBaseMs: number
  /** Requests in flight, all sources together. */
  concurrency: number
  /** Least time between the starts of two requests to the same source. */
  minIntervalMs: Record<HealthSourceId, number>
}

export const HEALTH_LIMITS: HealthLimits = {
  timeoutMs: 60_000,
  sourceBudgetMs: 5 * 60_000,
  maxRetryWaitMs: 60_000,
  maxRetries: 3,
  retryBaseMs: 2_000,
  concurrency: 4,
  // bestpractices.dev asks API users to stay near one request a second (docs/api.md).
  minIntervalMs: { clomonitor: 0, bestPractices: 1_000, lfx: 0 },
}

/** Bytes per answer: today's repositories.csv is about 0.3 MB, a page of 20 badge entries about 1 MB. */
const MAX_BYTES: Record<HealthSourceId, number> = { clomonitor: 20 * 1024 * 1024, bestPractices: 10 * 1024 * 1024, lfx: 1024 * 1024 }
export const JSON_TYPES = ['application/json', 'text/json', 'text/plain'] as const
export const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/octet-stream'] as const

/** One source's side of the shared request pool while it is being read. */
export interface SourceContext {
  source: HealthSourceId
  fetch: FetchLike
  /** Aborts when the user cancels, the source's budget runs out or one of its requests failed. */
  signal: AbortSignal
  gate: SourceGate
  limit: <T>(task: () => Promise<T>) => Promise<T>
  limits: HealthLimits
  progress: () => void
  grow: (requests: number) => void
  /** Rounds of 429s in a row (concurrent ones count once); an answer resets it. */
  strikes: number
  /** Reads answers in a worker within a time budget (src/shared/parsing); absent: inline. */
  parser?: ParseRunner
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/**
 * GETs one answer within the limits, paced by the source's gate. A 429 pauses the whole source
 * as long as the server's Retry-After says (or backs off when it says nothing) and tries again;
 * after `maxRetries` rounds of 429s with no answer in between (or one request refused that often)
 * the source gives up. A spent X-RateLimit window pauses the source until it resets. With
 * `allowNotFound`, a 404 means "no such project there" and resolves undefined.
 */
export async function get(url: string, ctx: SourceContext, contentTypes: readonly string[], allowNotFound = false): Promise<Downloaded | undefined> {
  const { limits } = ctx
  for (let attempt = 0; ; ) {
    await ctx.gate.ready(ctx.signal)
    let headers: Headers | undefined
    const watched: FetchLike = async (target, init) => {
      const response = await ctx.fetch(target, init)
      headers = response.headers
      return response
    }
    // What the server says about pacing is applied before the turn is handed on, so no request
    // of this source slips out in between.
    const outcome = await ctx.limit(async (): Promise<{ downloaded?: Downloaded; wait?: number }> => {
      // Waiting for a turn, the source may have been paused by another of its answers.
      if (ctx.gate.paused) return {}
      try {
        const downloaded = await download(url, {
          fetch: watched, signal: ctx.signal, timeoutMs: limits.timeoutMs, maxBytes: MAX_BYTES[ctx.source], contentTypes, revalidate: true,
        })
        ctx.strikes = 0
        const pause = rateLimitPauseMs(headers?.get('x-ratelimit-remaining'), headers?.get('x-ratelimit-reset'))
        if (pause !== undefined) ctx.gate.pauseUntil(Date.now() + pause)
        return { downloaded }
      } catch (error) {
        if (!(error instanceof DownloadError) || error.kind !== 'http' || error.status !== 429) throw error
        // Requests refused together are one round; the next round starts once the pause is over.
        const newRound = !ctx.gate.paused
        if (newRound) ctx.strikes++
        const wait = retryAfterMs(headers?.get('retry-after'), Date.now()) ?? limits.retryBaseMs * 2 ** Math.max(0, ctx.strikes - 1)
        if (wait <= limits.maxRetryWaitMs) ctx.gate.pauseUntil(Date.now() + wait)
        return { wait }
      }
    }).catch((error: unknown) => {
      if (error instanceof DownloadError && error.kind === 'http' && error.status === 404 && allowNotFound) return undefined
      throw error
    })
    if (outcome === undefined) { ctx.progress(); return undefined }
    if (outcome.downloaded) { ctx.progress(); return outcome.downloaded }
    if (outcome.wait === undefined) continue
    ctx.progress()
    if (outcome.wait > limits.maxRetryWaitMs) {
      throw new DownloadError('http', `${hostOf(url)} is rate limiting and asked to wait ${Math.ceil(outcome.wait / 1000)} s (429).`, 429)
    }
    if (ctx.strikes > limits.maxRetries || attempt >= limits.maxRetries) {
      throw new DownloadError('http', `${hostOf(url)} kept answering 429 Too Many Requests (${Math.max(ctx.strikes, attempt + 1)} tries).`, 429)
    }
    attempt++
  }
}

/**
 * GETs one answer (as `get` does) and reads it as `kind`, in the parser's worker when there is
 * one: a large or hostile answer never holds up the window or main. Undefined for a 404 that
 * `allowNotFound` accepts; a format error is thrown as the DownloadError its status reports.
 */
export async function getAnswer<K extends HealthAnswerKind>(kind: K, url: string, ctx: SourceContext, options: { slug?: string; allowNotFound?: boolean } = {}): Promise<HealthAnswers[K] | undefined> {
  const downloaded = await get(url, ctx, kind === 'clomonitorChecks' ? CSV_TYPES : JSON_TYPES, options.allowNotFound)
  if (downloaded === undefined) return undefined
  const input = { kind, url, bytes: downloaded.bytes, ...(options.slug ? { slug: options.slug } : {}) }
  const read = ctx.parser ? await ctx.parser.run('health', input, { signal: ctx.signal }) : readHealthAnswer(input)
  if (!read.ok) throw new DownloadError(read.failure.kind, read.failure.message, read.failure.status)
  return read.value as HealthAnswers[K]
}
