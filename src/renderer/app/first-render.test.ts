import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineView } from '../registry/view'
import { firstViewReady } from './first-render'

const Empty = () => null
const never = <T,>() => new Promise<T>(() => {})

afterEach(() => { vi.useRealTimers() })

async function settledAfter(promise: Promise<void>, ms: number): Promise<boolean> {
  let settled = false
  void promise.then(() => { settled = true })
  await vi.advanceTimersByTimeAsync(ms)
  return settled
}

describe('the wait before the first render', () => {
  it('ends as soon as the first view\'s code and data are in', async () => {
    vi.useFakeTimers()
    let loaded = false
    const view = defineView({ id: 'quick', path: '/quick', load: async () => ({ default: Empty }), preload: async () => { loaded = true } })
    expect(await settledAfter(firstViewReady(view, 250), 1)).toBe(true)
    expect(loaded).toBe(true)
  })

  it('ends after its limit when the code never arrives or the data takes long: the frame shows, not a blank window', async () => {
    vi.useFakeTimers()
    const hung = defineView({ id: 'hung', path: '/hung', load: never })
    const wait = firstViewReady(hung, 250)
    expect(await settledAfter(wait, 249)).toBe(false)
    expect(await settledAfter(wait, 1)).toBe(true)
    const slowData = defineView({ id: 'slow', path: '/slow', load: async () => ({ default: Empty }), preload: never })
    expect(await settledAfter(firstViewReady(slowData, 250), 250)).toBe(true)
  })

  it('never fails: a failed chunk or data read leaves the error to the view', async () => {
    vi.useFakeTimers()
    const broken = defineView({ id: 'broken', path: '/broken', load: async () => { throw new Error('offline') }, preload: async () => { throw new Error('no disk') } })
    expect(await settledAfter(firstViewReady(broken, 250), 1)).toBe(true)
    expect(await settledAfter(firstViewReady(undefined, 250), 1)).toBe(true)
  })

  it('waits for the loads it is given alongside (the UI language) within the same limit, and not for their failures', async () => {
    vi.useFakeTimers()
    const view = defineView({ id: 'quick', path: '/quick', load: async () => ({ default: Empty }) })
    let arrive: () => void = () => {}
    const strings = new Promise<void>((resolve) => { arrive = resolve })
    const wait = firstViewReady(view, 250, [strings])
    expect(await settledAfter(wait, 100)).toBe(false)
    arrive()
    expect(await settledAfter(wait, 1)).toBe(true)
    expect(await settledAfter(firstViewReady(view, 250, [Promise.reject(new Error('chunk'))]), 1)).toBe(true)
    expect(await settledAfter(firstViewReady(view, 250, [never()]), 250)).toBe(true)
  })
})
