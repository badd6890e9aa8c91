/**
 * Whether the first view has shown its data yet. Work that can wait (checking the bundled
 * dataset, prefetching other views' code) waits for it, so it never delays the first rows.
 */
let markPainted: () => void = () => {}
const painted = new Promise<void>((resolve) => { markPainted = resolve })

/** A view calls this once its data is on screen (after the next paint). */
export function markFirstContent(): void {
  requestAnimationFrame(() => setTimeout(markPainted, 0))
}

/** Resolves once the first view has shown its data, or after `fallbackMs` for views that never say. */
export function afterFirstContent(fallbackMs = 8000): Promise<void> {
  return Promise.race([painted, new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))])
}
