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

  // Issue 8: saving only after typing stopped left a steady typist's text in memory indefinitely.
  it('saves while typing goes on without a pause, never more than the maximum wait after a keystroke', async () => {
    const saves: { text: string; at: number }[] = []
    const saver = createAutosaver(async (text) => { saves.push({ text, at: Date.now() }) }, 400, 700)
    const start = Date.now()
    let text = ''
    for (let i = 0; i < 60; i++) {
      text += 'x'
      saver.change(text)
      await vi.advanceTimersByTimeAsync(50)
    }
    expect(saves.length).toBeGreaterThanOrEqual(4)
    // Every keystroke made up to 700 ms before the end is on disk by then.
    const typedBy = (at: number) => Math.floor((at - start) / 50) + 1
    for (const save of saves) expect(save.text.length).toBeGreaterThanOrEqual(typedBy(save.at - 700))
    await vi.advanceTimersByTimeAsync(400)
    expect(saves.at(-1)?.text).toBe(text)
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
