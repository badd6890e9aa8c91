/**
 * Saves a draft some time after typing stops, and at once when asked to flush (page hidden,
 * window closing, editor unmounting). Only the latest draft is ever written. Typing without a
 * pause still saves: never later than `maxWaitMs` after the first unsaved keystroke, so what is
 * typed is never more than about a second from disk, even if the page dies without a pagehide.
 */
export interface Autosaver {
  /** The user typed: (re)start the countdown for this text. */
  change: (text: string) => void
  /** Write any pending text now. */
  flush: () => Promise<void>
  /** True while a change waits to be saved. */
  readonly pending: boolean
  dispose: () => void
}

export function createAutosaver(save: (text: string) => Promise<unknown>, delayMs = 400, maxWaitMs = 700): Autosaver {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pendingText: string | undefined
  /** When the oldest change not yet handed to `save` was made. */
  let pendingSince: number | undefined
  let chain: Promise<unknown> = Promise.resolve()

  const write = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (pendingText === undefined) return chain.then(() => undefined)
    const text = pendingText
    pendingText = undefined
    pendingSince = undefined
    // Saves run one after another, so an older draft can never land after a newer one.
    chain = chain.then(() => save(text)).catch(() => {
      if (pendingText === undefined) {
        pendingText = text
        pendingSince ??= Date.now()
      }
    })
    return chain.then(() => undefined)
  }

  return {
    change(text) {
      const now = Date.now()
      pendingText = text
      pendingSince ??= now
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(() => void write(), Math.max(0, Math.min(delayMs, pendingSince + maxWaitMs - now)))
    },
    flush: write,
    get pending() {
      return pendingText !== undefined
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer)
      timer = undefined
    },
  }
}
