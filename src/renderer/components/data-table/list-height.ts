/*
 * How tall a virtualised list will be before the page is laid out. The virtualiser measures its
 * list once it is in the page, and when that height holds a different number of rows than its
 * first guess, it renders the table again before the first paint (about a third of a warm start's
 * render). What surrounds a list (toolbars, filter bar, footer) keeps its height when the window is
 * resized, so that is what is remembered, per list, across launches: the window's height minus
 * it is the list's height at the next start, whatever the window's size then.
 */

const STORAGE_KEY = 'sandscape.listSurroundings'
/** A few lists at most; anything else in the stored value is ignored. */
const MAX_LISTS = 16

let remembered: Record<string, number> | undefined

function read(): Record<string, number> {
  if (remembered) return remembered
  remembered = {}
  try {
    const text = globalThis.localStorage?.getItem(STORAGE_KEY)
    const parsed: unknown = text && text.length < 2000 ? JSON.parse(text) : undefined
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      for (const [key, value] of Object.entries(parsed).slice(0, MAX_LISTS)) {
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10_000) remembered[key] = value
      }
    }
  } catch {
    // Storage off or damaged: the window's height stands in, as on a first launch.
  }
  return remembered
}

/** The list's height to render with before it is measured: the window's, less what surrounded the list last time. */
export function expectedListHeight(list: string | undefined, windowHeight: number): number {
  const surroundings = list === undefined ? undefined : read()[list]
  return surroundings === undefined ? windowHeight : Math.max(0, windowHeight - surroundings)
}

/** Notes what surrounds `list` now that it is measured; writes only when that changed. */
export function rememberListHeight(list: string | undefined, windowHeight: number, listHeight: number): void {
  if (list === undefined || !(listHeight > 0)) return
  const surroundings = Math.max(0, Math.round(windowHeight - listHeight))
  const all = read()
  if (all[list] === surroundings) return
  remembered = { ...all, [list]: surroundings }
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(remembered))
  } catch {
    // A full or disabled storage only costs the next start its second render.
  }
}

/** Forgets what was read (tests start from the storage). */
export function resetListHeightsForTests(): void {
  remembered = undefined
}
