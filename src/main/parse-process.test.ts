import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { createParseRunner } from '../shared/parsing/task-runner'
import { answer, type TaskRequest } from '../shared/parsing/tasks'
import { utilityProcessWorkers, type ChildProcessLike } from './parse-process'

/** A stand-in for Electron's utility process that runs the worker's code in this process. */
function fakeFork(options: { hang?: boolean } = {}) {
  const children: { modulePath: string; killed: boolean }[] = []
  const fork = (modulePath: string): ChildProcessLike => {
    const events = new EventEmitter()
    const child = { modulePath, killed: false }
    children.push(child)
    return {
      postMessage: (message) => { if (!options.hang) setImmediate(() => events.emit('message', answer(message as TaskRequest))) },
      kill: () => { child.killed = true; setImmediate(() => events.emit('exit', 15)); return true },
      on: ((event: string, listener: (...args: unknown[]) => void) => events.on(event, listener)) as ChildProcessLike["on"],
    }
  }
  return { fork, children }
}

describe('utilityProcessWorkers', () => {
  it('parses in the utility process started from the worker module', async () => {
    const { fork, children } = fakeFork()
    const runner = createParseRunner(utilityProcessWorkers(fork, '/app/out/main/parse-worker.js'))
    const result = await runner.run('landscape', { format: 'api', url: 'https://x.example/all.json', bytes: new TextEncoder().encode('[]'), fetchedAt: '2026-10-01T00:00:00Z' })
    expect(result).toMatchObject({ ok: false, failure: { kind: 'bad-shape' } })
    expect(children.map((c) => c.modulePath)).toEqual(['/app/out/main/parse-worker.js'])
  })

  it('kills a parser that takes longer than its budget, so main and Cancel stay responsive', async () => {
    const { fork, children } = fakeFork({ hang: true })
    const runner = createParseRunner(utilityProcessWorkers(fork, 'parse-worker.js'))
    vi.useFakeTimers()
    const pending = runner.run('landscape', { format: 'yaml', url: 'https://x.example/landscape.yml', bytes: new Uint8Array(19_000_000), fetchedAt: '' })
    const settled = expect(pending).rejects.toMatchObject({ kind: 'timeout' })
    await vi.advanceTimersByTimeAsync(60_000)
    await settled
    vi.useRealTimers()
    expect(children[0].killed).toBe(true)
  })
})
