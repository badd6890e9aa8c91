import { readFileSync, writeFileSync } from 'node:fs'
import { z } from '../shared/zod'
import { isAppHash } from '../shared/url'

/**
 * Window memory: size, position, maximised state and the last view, kept in a small JSON file
 * in the user data folder and restored at the next start, clamped to the displays present then
 * (a monitor unplugged since must not leave the window off screen).
 */
export interface Rect { x: number; y: number; width: number; height: number }

export interface WindowState {
  bounds: Rect
  maximized: boolean
  /** The renderer's route hash when the window closed (#/projects/headlamp). */
  lastView?: string
}

export const MIN_WINDOW = { width: 900, height: 560 }
export const DEFAULT_WINDOW = { width: 1360, height: 860 }
/** How much of the window must stay on a display for its position to be kept. */
const MIN_VISIBLE = { width: 160, height: 80 }

const Coordinate = z.number().int().min(-100_000).max(100_000)
const Size = z.number().int().min(1).max(100_000)
const StoredState = z.object({
  bounds: z.object({ x: Coordinate, y: Coordinate, width: Size, height: Size }),
  maximized: z.boolean(),
  lastView: z.string().max(2200).optional(),
})

/** Reads what was stored; anything unreadable or malformed counts as nothing stored. */
export function parseWindowState(text: string | undefined): WindowState | undefined {
  if (!text || text.length > 10_000) return undefined
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  const parsed = StoredState.safeParse(json)
  if (!parsed.success) return undefined
  const { bounds, maximized, lastView } = parsed.data
  return { bounds, maximized, ...(isAppHash(lastView) ? { lastView } : {}) }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  }
}

/**
 * The remembered bounds made to fit the displays present: no larger than the work area of the
 * display it is on, moved fully onto it; centred on the primary display when it is on none.
 */
export function clampToDisplays(bounds: Rect, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0]
  if (!primary) return bounds
  const visible = workAreas
    .map((area) => ({ area, shown: overlap(bounds, area) }))
    .filter(({ shown }) => shown.width >= Math.min(MIN_VISIBLE.width, bounds.width) && shown.height >= Math.min(MIN_VISIBLE.height, bounds.height))
    .sort((a, b) => b.shown.width * b.shown.height - a.shown.width * a.shown.height)[0]
  const area = visible?.area ?? primary
  const width = Math.min(Math.max(bounds.width, Math.min(MIN_WINDOW.width, area.width)), area.width)
  const height = Math.min(Math.max(bounds.height, Math.min(MIN_WINDOW.height, area.height)), area.height)
  if (!visible) {
    return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height }
  }
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width)
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height)
  return { x, y, width, height }
}

/** The subset of BrowserWindow that window memory reads and listens to. */
export interface TrackedWindow {
  getNormalBounds: () => Rect
  isMaximized: () => boolean
  on(event: 'resize', listener: () => void): unknown
  on(event: 'move', listener: () => void): unknown
  on(event: 'maximize', listener: () => void): unknown
  on(event: 'unmaximize', listener: () => void): unknown
  on(event: 'close', listener: () => void): unknown
  webContents: { getURL: () => string; on(event: 'did-navigate-in-page', listener: () => void): unknown }
}

export interface WindowMemoryOptions {
  file: string
  read?: (file: string) => string | undefined
  write?: (file: string, text: string) => void
  /** Coalesces the writes of a drag or a resize. */
  delayMs?: number
}

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

export function createWindowMemory({ file, read = readText, write = (f, t) => writeFileSync(f, t, 'utf8'), delayMs = 400 }: WindowMemoryOptions) {
  let state = parseWindowState(read(file))
  let timer: ReturnType<typeof setTimeout> | undefined

  const save = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    // A failed write (read-only profile, full disk) costs only the memory of the window.
    try {
      if (state) write(file, JSON.stringify(state))
    } catch {
      /* keep running */
    }
  }
  const saveSoon = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(save, delayMs)
  }

  return {
    /** Where and how the window opens now: the remembered state fitted to today's displays. */
    restore(workAreas: readonly Rect[]): { bounds?: Rect; maximized: boolean; lastView?: string } {
      if (!state) return { maximized: false }
      return { bounds: clampToDisplays(state.bounds, workAreas), maximized: state.maximized, lastView: state.lastView }
    },
    /** Follows the window until it closes, writing its state as it changes and when it closes. */
    track(window: TrackedWindow): void {
      const capture = () => {
        state = { bounds: window.getNormalBounds(), maximized: window.isMaximized(), lastView: state?.lastView }
      }
      const changed = () => { capture(); saveSoon() }
      window.on('resize', changed)
      window.on('move', changed)
      window.on('maximize', changed)
      window.on('unmaximize', changed)
      window.webContents.on('did-navigate-in-page', () => {
        const hash = new URL(window.webContents.getURL()).hash
        if (!isAppHash(hash)) return
        capture()
        state = { ...state!, lastView: hash }
        saveSoon()
      })
      window.on('close', () => { capture(); save() })
    },
  }
}

export type WindowMemory = ReturnType<typeof createWindowMemory>
