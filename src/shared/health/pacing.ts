import { DownloadError } from '../refresh/download'

/** Waits `ms`, or rejects with a `cancelled` DownloadError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DownloadError('cancelled', 'The download was cancelled.'))
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve() }, Math.max(0, ms))
    const onAbort = () => { clearTimeout(timer); reject(new DownloadError('cancelled', 'The download was cancelled.')) }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Runs at most `limit` tasks at once; the rest wait their turn in order. */
export function createLimiter(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0
  const waiting: (() => void)[] = []
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    active++
    try {
      return await task()
    } finally {
      active--
      waiting.shift()?.()
    }
  }
}

/**
 * One source's pace: at least `minIntervalMs` between the starts of its requests (a server that
 * asks for one request a second gets that), and pauses the server asked for (Retry-After, a
 * spent rate-limit window) that hold back every later request to it, not just the one refused.
 */
export class SourceGate {
  private nextAt = 0
  private pausedUntil = 0

  constructor(private readonly minIntervalMs: number, private readonly now: () => number = Date.now) {}

  /** Resolves when the next request may start, and books that start. */
  async ready(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = Math.max(this.nextAt, this.pausedUntil) - this.now()
      if (wait <= 0) {
        this.nextAt = this.now() + this.minIntervalMs
        return
      }
      await sleep(wait, signal)
    }
  }

  /** Holds back every request not yet sent, until `time`. */
  pauseUntil(time: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, time)
  }

  /** Whether a pause began after a request passed the gate (it should wait again before sending). */
  get paused(): boolean {
    return this.pausedUntil > this.now()
  }
}

/**
 * Retry-After as milliseconds from `now`: either delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Anything else: undefined (the caller backs off on its own).
 */
export function retryAfterMs(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim()
  if (!value) return undefined
  if (/^\d{1,9}$/.test(value)) return Number(value) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/**
 * The X-RateLimit-Remaining / X-RateLimit-Reset pair some APIs send (LFX Insights does): with
 * nothing left in the window, the milliseconds until it resets; otherwise undefined.
 */
export function rateLimitPauseMs(remaining: string | null | undefined, reset: string | null | undefined): number | undefined {
  if (remaining?.trim() !== '0') return undefined
  const seconds = Number(reset?.trim())
  return Number.isFinite(seconds) && seconds >= 0 && seconds <= 3600 ? seconds * 1000 : undefined
}
