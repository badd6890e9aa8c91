import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clampToDisplays, createWindowMemory, parseWindowState, type Rect, type TrackedWindow } from './window-state'

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 }
const external: Rect = { x: 1440, y: 0, width: 2560, height: 1415 }

/** A BrowserWindow stand-in: bounds and state the test moves, and the events it fires. */
function fakeWindow(bounds: Rect, url = 'app://sandscape/index.html') {
  const listeners = new Map<string, (() => void)[]>()
  const on = (event: string, listener: () => void) => { listeners.set(event, [...(listeners.get(event) ?? []), listener]) }
  const window = {
    bounds, maximized: false, url,
    getNormalBounds: () => window.bounds,
    isMaximized: () => window.maximized,
    on,
    webContents: { getURL: () => window.url, on },
    emit: (event: string) => listeners.get(event)?.forEach((l) => l()),
  }
  return window
}

/** One file in a folder that outlives the app: what a restart keeps. */
function fakeDisk() {
  const files = new Map<string, string>()
  return { files, read: (f: string) => files.get(f), write: vi.fn((f: string, t: string) => { files.set(f, t) }) }
}

describe('window memory across a restart', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  it('restores size, position, maximised state and the last view', () => {
    const disk = fakeDisk()
    const first = createWindowMemory({ file: '/profile/window-state.json', read: disk.read, write: disk.write })
    expect(first.restore([laptop])).toEqual({ maximized: false })
    const window = fakeWindow({ x: 100, y: 80, width: 1200, height: 760 })
    first.track(window as unknown as TrackedWindow)

    window.bounds = { x: 160, y: 90, width: 1280, height: 800 }
    window.emit('resize')
    window.url = 'app://sandscape/index.html#/projects/headlamp'
    window.emit('did-navigate-in-page')
    window.maximized = true
    window.emit('maximize')
    window.emit('close')

    // The app quits; a new process reads the same file.
    const second = createWindowMemory({ file: '/profile/window-state.json', read: disk.read, write: disk.write })
    expect(second.restore([laptop])).toEqual({ bounds: { x: 160, y: 90, width: 1280, height: 800 }, maximized: true, lastView: '#/projects/headlamp' })
  })

  it('coalesces the writes of a drag into one, and writes at once on close', () => {
    const disk = fakeDisk()
    const memory = createWindowMemory({ file: '/p/w.json', read: disk.read, write: disk.write, delayMs: 400 })
    const window = fakeWindow({ x: 0, y: 0, width: 1000, height: 700 })
    memory.track(window as unknown as TrackedWindow)
    for (let x = 0; x < 50; x++) {
      window.bounds = { ...window.bounds, x }
      window.emit('move')
    }
    expect(disk.write).not.toHaveBeenCalled()
    vi.advanceTimersByTime(400)
    expect(disk.write).toHaveBeenCalledTimes(1)
    window.emit('close')
    expect(disk.write).toHaveBeenCalledTimes(2)
  })

  it('ignores a navigation to something that is not one of our routes', () => {
    const disk = fakeDisk()
    const memory = createWindowMemory({ file: '/p/w.json', read: disk.read, write: disk.write })
    const window = fakeWindow({ x: 0, y: 30, width: 1000, height: 700 }, 'app://sandscape/index.html#/settings')
    memory.track(window as unknown as TrackedWindow)
    window.emit('did-navigate-in-page')
    window.url = 'app://sandscape/index.html#javascript:alert(1)'
    window.emit('did-navigate-in-page')
    window.emit('close')
    expect(createWindowMemory({ file: '/p/w.json', read: disk.read }).restore([laptop]).lastView).toBe('#/settings')
  })

  it('brings a window back from a display that is gone since', () => {
    const disk = fakeDisk()
    const memory = createWindowMemory({ file: '/p/w.json', read: disk.read, write: disk.write })
    const window = fakeWindow({ x: 2000, y: 200, width: 1800, height: 1000 })
    memory.track(window as unknown as TrackedWindow)
    window.emit('close')

    const withBoth = createWindowMemory({ file: '/p/w.json', read: disk.read }).restore([laptop, external])
    expect(withBoth.bounds).toEqual({ x: 2000, y: 200, width: 1800, height: 1000 })
    // The external monitor was unplugged: the window opens on the laptop, fitted to it.
    const laptopOnly = createWindowMemory({ file: '/p/w.json', read: disk.read }).restore([laptop])
    expect(laptopOnly.bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 })
  })

  it('starts fresh from a damaged or hostile file, and survives a failing disk', () => {
    for (const text of ['{', 'null', '{"bounds":{"x":"0"}}', JSON.stringify({ bounds: { x: 1e12, y: 0, width: 10, height: 10 }, maximized: false }), 'x'.repeat(20_000)]) {
      expect(createWindowMemory({ file: '/p/w.json', read: () => text }).restore([laptop])).toEqual({ maximized: false })
    }
    const memory = createWindowMemory({ file: '/p/w.json', read: () => undefined, write: () => { throw new Error('EROFS') } })
    const window = fakeWindow({ x: 0, y: 30, width: 1000, height: 700 })
    memory.track(window as unknown as TrackedWindow)
    expect(() => window.emit('close')).not.toThrow()
  })
})

describe('clampToDisplays', () => {
  it('keeps a window that is on a display', () => {
    expect(clampToDisplays({ x: 100, y: 100, width: 1000, height: 700 }, [laptop])).toEqual({ x: 100, y: 100, width: 1000, height: 700 })
  })

  it('shrinks a window larger than its display and pulls it fully onto it', () => {
    expect(clampToDisplays({ x: 1300, y: 600, width: 2000, height: 1200 }, [laptop])).toEqual({ x: 0, y: 25, width: 1440, height: 875 })
    expect(clampToDisplays({ x: 1000, y: 500, width: 1000, height: 700 }, [laptop])).toEqual({ x: 440, y: 200, width: 1000, height: 700 })
  })

  it('centres a window that is on no display, on the primary one', () => {
    expect(clampToDisplays({ x: -5000, y: -5000, width: 1000, height: 700 }, [laptop, external])).toEqual({ x: 220, y: 113, width: 1000, height: 700 })
  })

  it('treats a sliver on a display as off screen', () => {
    expect(clampToDisplays({ x: 1430, y: 100, width: 1000, height: 700 }, [laptop])).toEqual({ x: 220, y: 113, width: 1000, height: 700 })
  })

  it('grows a window below the minimum size when the display has room', () => {
    expect(clampToDisplays({ x: 10, y: 40, width: 300, height: 200 }, [laptop])).toEqual({ x: 10, y: 40, width: 900, height: 560 })
  })
})

describe('parseWindowState', () => {
  it('drops a last view that is not one of our routes', () => {
    expect(parseWindowState(JSON.stringify({ bounds: { x: 0, y: 0, width: 900, height: 600 }, maximized: false, lastView: 'https://evil.example/' })))
      .toEqual({ bounds: { x: 0, y: 0, width: 900, height: 600 }, maximized: false })
  })
})
