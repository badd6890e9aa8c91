import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosaver } from './autosave'

beforeEach(() => { vi.useFakeTimers() })
afterEach(() => { vi.useRealTimers() })

describe('createAutosaver', () => {
  it('saves once, the latest text, after typing stops', async () => {
    const save = vi.fn(async () => {})
    const saver = createAutosaver(save, 600)
    saver.change('H')
    await vi.advanceTimersByTimeAsync(300)
    saver.change('He')
    await vi.advanceTimersByTimeAsync(300)
    saver.change('Hello')
    expect(save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(600)
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledWith('Hello')
    expect(saver.pending).toBe(false)
  })

  it('flushes a pending draft immediately (page hidden, window closing)', async () => {
    const save = vi.fn(async () => {})
    const saver = createAutosaver(save, 600)
    saver.change('Draft')
    await saver.flush()
    expect(save).toHaveBeenCalledWith('Draft')
    await vi.advanceTimersByTimeAsync(1000)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('does nothing on flush when nothing changed', async () => {
    const save = vi.fn(async () => {})
    await createAutosaver(save).flush()
    expect(save).not.toHaveBeenCalled()
  })

  it('keeps a draft whose save failed, and writes it on the next flush', async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error('QuotaExceededError')).mockResolvedValue(undefined)
    const saver = createAutosaver(save, 600)
    saver.change('Important')
    await saver.flush()
    expect(saver.pending).toBe(true)
    await saver.flush()
    expect(save).toHaveBeenLastCalledWith('Important')
    expect(saver.pending).toBe(false)
  })

  it('writes saves in order, even when an earlier save is slow', async () => {
    const written: string[] = []
    let releaseFirst!: () => void
    const firstDone = new Promise<void>((resolve) => { releaseFirst = resolve })
    const save = vi.fn(async (text: string) => {
      if (text === 'first') await firstDone
      written.push(text)
    })
    const saver = createAutosaver(save, 600)
    saver.change('first')
    const firstFlush = saver.flush()
    saver.change('second')
    const secondFlush = saver.flush()
    releaseFirst()
    await Promise.all([firstFlush, secondFlush])
    expect(written).toEqual(['first', 'second'])
  })
})
