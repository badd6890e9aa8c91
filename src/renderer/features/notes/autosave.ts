/**
 * Saves a draft some time after typing stops, and at once when asked to flush (page hidden,
 * window closing, editor unmounting). Only the latest draft is ever written.
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

export function createAutosaver(save: (text: string) => Promise<unknown>, delayMs = 600): Autosaver {
  let timer: ReturnType<typeof setTimeout> | undefined
  let pendingText: string | undefined
  let chain: Promise<unknown> = Promise.resolve()

  const write = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    if (pendingText === undefined) return chain.then(() => undefined)
    const text = pendingText
    pendingText = undefined
    // Saves run one after another, so an older draft can never land after a newer one.
    chain = chain.then(() => save(text)).catch(() => {
      if (pendingText === undefined) pendingText = text
    })
    return chain.then(() => undefined)
  }

  return {
    change(text) {
      pendingText = text
      if (timer !== undefined) clearTimeout(timer)
      timer = setTimeout(() => void write(), delayMs)
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
