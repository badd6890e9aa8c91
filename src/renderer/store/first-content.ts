/**
 * Whether the first view has shown its data yet. Work that can wait (checking the bundled
 * dataset, prefetching other views' code) waits for it, so it never delays the first rows.
 */
let markPainted: () => void = () => {}
const painted = new Promise<void>((resolve) => { markPainted = resolve })

let markRendered: () => void = () => {}
const rendered = new Promise<void>((resolve) => { markRendered = resolve })

/** The shell calls this once its first render is committed (whatever the view showed). */
export function markFirstRender(): void {
  markRendered()
}

/** Resolves once the app's first render is committed. */
export function afterFirstRender(): Promise<void> {
  return rendered
}

/** When the browser has nothing more pressing (the frames right after the first), or after `timeout` ms. */
function whenIdle(run: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => run(), { timeout })
  else setTimeout(run, 0)
}

/** A view calls this once its data is on screen: what waits starts after the next paint, when the browser is idle. */
export function markFirstContent(): void {
  requestAnimationFrame(() => setTimeout(() => whenIdle(markPainted, 500), 0))
}

/** Resolves once the first view has shown its data, or after `fallbackMs` for views that never say. */
export function afterFirstContent(fallbackMs = 8000): Promise<void> {
  return Promise.race([painted, new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))])
}

/**
 * Runs `work` once the first view has shown its data and the browser is idle (after `timeout` ms
 * of waiting for idle at most); returns a cancel. What can wait, and had better be done before it
 * is asked for: other views' code, the palette, the search's first run.
 */
export function idleAfterFirstContent(work: () => void, timeout = 3000): () => void {
  let cancelled = false
  let cancelIdle = () => {}
  void afterFirstContent().then(() => {
    if (cancelled) return
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => work(), { timeout })
      cancelIdle = () => cancelIdleCallback(id)
    } else {
      const id = setTimeout(work, Math.min(timeout, 1500))
      cancelIdle = () => clearTimeout(id)
    }
  })
  return () => {
    cancelled = true
    cancelIdle()
  }
}
