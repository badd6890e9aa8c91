import { describe, expect, it, vi } from 'vitest'
import { createParseRunner, TaskError, type SpawnWorker } from './task-runner'
import { answer, type TaskRequest } from './tasks'

const svg = (body: string) => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`)

/** A worker that answers like the real ones, after `delayMs`; `hang` never answers. */
function fakeWorkers(options: { delayMs?: number; hang?: (request: TaskRequest) => boolean; neverStarts?: boolean } = {}) {
  const spawned: { terminated: boolean }[] = []
  const spawn: SpawnWorker = (onMessage, onExit) => {
    const worker = { terminated: false }
    spawned.push(worker)
    if (options.neverStarts) setTimeout(() => onExit('blocked by the page'), 0)
    return {
      post: (request) => {
        if (options.neverStarts || options.hang?.(request)) return
        setTimeout(() => { if (!worker.terminated) onMessage(answer(request)) }, options.delayMs ?? 0)
      },
      terminate: () => { worker.terminated = true },
    }
  }
  return { spawn, spawned }
}

describe('createParseRunner', () => {
  it('runs tasks in a worker and answers with their output', async () => {
    const { spawn, spawned } = fakeWorkers()
    const runner = createParseRunner(spawn)
    expect(await runner.run('logo', svg('<rect/>'))).toEqual({ ok: true, mime: 'image/svg+xml' })
    expect(await runner.run('logo', svg('<script/>'))).toMatchObject({ ok: false, kind: 'unsafe' })
    expect(spawned).toHaveLength(1)
    expect(runner.isolated).toBe(true)
  })

  it('stops a task past its budget, and the next task gets a fresh worker', async () => {
    const { spawn, spawned } = fakeWorkers({ hang: (r) => r.id === 1 })
    const runner = createParseRunner(spawn)
    await expect(runner.run('backup', '{}', { timeoutMs: 20 })).rejects.toMatchObject({ kind: 'timeout' })
    expect(spawned[0].terminated).toBe(true)
    expect(await runner.run('backup', '[]')).toMatchObject({ ok: false, kind: 'foreign' })
    expect(spawned).toHaveLength(2)
  })

  it('cancels the task under way and the ones waiting', async () => {
    const { spawn, spawned } = fakeWorkers({ hang: () => true })
    const runner = createParseRunner(spawn)
    const controller = new AbortController()
    const first = runner.run('backup', '{}', { signal: controller.signal })
    const second = runner.run('backup', '{}', { signal: controller.signal })
    controller.abort()
    await expect(first).rejects.toBeInstanceOf(TaskError)
    await expect(second).rejects.toMatchObject({ kind: 'cancelled' })
    expect(spawned[0].terminated).toBe(true)
  })

  it('runs inline where no worker can be started', async () => {
    const { spawn } = fakeWorkers({ neverStarts: true })
    const runner = createParseRunner(spawn)
    expect(await runner.run('backup', '[]')).toMatchObject({ ok: false, kind: 'foreign' })
    expect(runner.isolated).toBe(false)
    const throwing = createParseRunner(() => { throw new Error('no Worker here') })
    expect(await throwing.run('logo', svg(''))).toEqual({ ok: true, mime: 'image/svg+xml' })
    expect(await createParseRunner().run('logo', svg(''))).toEqual({ ok: true, mime: 'image/svg+xml' })
  })

  it('reports a worker that dies mid-task as crashed', async () => {
    let exit!: (reason: string) => void
    const runner = createParseRunner((onMessage, onExit) => {
      exit = onExit
      return { post: (request) => { if (request.id === 1) onMessage(answer(request)) }, terminate: vi.fn() }
    })
    await runner.run('backup', '[]')
    const pending = runner.run('backup', '[]')
    exit('out of memory')
    await expect(pending).rejects.toMatchObject({ kind: 'crashed' })
  })
})
