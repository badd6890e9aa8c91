import { Dexie } from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'

// Commits that changed something (in this window or another): a preloaded answer stands only
// while none has happened since it was read.
let mutations = 0
Dexie.on('storagemutated', () => { mutations++ })

export interface PreloadedQuery<T> {
  /** Runs the query once before the first render (the first view's `preload`); later calls share the run. */
  preload: () => Promise<unknown>
  /**
   * The live answer. Until the live query answers, the preloaded one; and while nothing has been
   * written since the preload, the live query answers with that very object, so it renders nothing again.
   */
  useValue: () => T | undefined
}

/**
 * A live query the first view reads, answered before its first render. Without it the first render
 * drew the view without the user's data (no Status column, empty stars) and a moment later drew it
 * again with it: columns moved under the reader on every start.
 */
export function preloadedQuery<T>(query: () => Promise<T>): PreloadedQuery<T> {
  let first: { value: T; mutations: number } | undefined
  let running: Promise<unknown> | undefined
  const live = async () => {
    const value = await query()
    return first && first.mutations === mutations ? first.value : value
  }
  return {
    preload() {
      if (!running) {
        const at = mutations
        running = query().then((value) => { first = { value, mutations: at } }, () => undefined)
      }
      return running
    },
    useValue: () => useLiveQuery(live, [], first?.value),
  }
}
