import type { AnyView } from '../registry/view'

/**
 * Starts loading the first view's code and data and resolves once both (and `alongside`, loads
 * started by the caller) are in, or after `waitMs`,
 * whichever comes first; it never rejects. The first render waits for it: the shell and a filled
 * view then render as one, and a huge catalogue, a slow disk or a chunk that never arrives shows
 * the frame and the view's loading line instead of a blank window.
 */
export function firstViewReady(view: AnyView | undefined, waitMs: number, alongside: readonly Promise<unknown>[] = []): Promise<void> {
  const ready = Promise.all([
    view?.prefetch().catch(() => undefined),
    view?.preload?.().catch(() => undefined),
    ...alongside.map((p) => p.catch(() => undefined)),
  ])
  return Promise.race([ready, new Promise((resolve) => setTimeout(resolve, waitMs))]).then(() => undefined)
}
