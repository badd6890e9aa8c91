import { TaskError } from './task-error'
import { answer, PARSE_BUDGET_MS, type ParseTask, type TaskInput, type TaskOutput, type TaskRequest, type TaskResponse } from './tasks'

export { TaskError }

/** A worker as the runner sees it, whichever kind it is (utility process, Web Worker, fake). */
export interface TaskPort {
  post: (request: TaskRequest) => void
  terminate: () => void
}
export type SpawnWorker = (onMessage: (response: TaskResponse) => void, onExit: (reason: string) => void) => TaskPort

export interface RunOptions {
  /** Defaults to the task's budget (PARSE_BUDGET_MS). */
  timeoutMs?: number
  signal?: AbortSignal
}

export interface ParseRunner {
  run: <T extends ParseTask>(task: T, input: TaskInput<T>, options?: RunOptions) => Promise<TaskOutput<T>>
  /** Whether tasks run in a worker (false: inline, where no worker can be had). */
  readonly isolated: boolean
  dispose: () => void
}

interface Job {
  request: TaskRequest
  options: RunOptions
  resolve: (output: unknown) => void
  reject: (error: Error) => void
}

/**
 * Runs parse tasks one at a time in a worker, each within its time budget. Past the budget, or
 * when the caller cancels, the worker is terminated (the only way to stop a synchronous parser)
 * and the next task gets a fresh one. If no worker can be started at all, tasks run inline.
 */
export function createParseRunner(spawn?: SpawnWorker): ParseRunner {
  let port: TaskPort | undefined
  let everAnswered = false
  let inline = spawn === undefined
  let nextId = 1
  const queue: Job[] = []
  let current: { job: Job; timer: ReturnType<typeof setTimeout>; stopListening: () => void } | undefined

  const runInline = (job: Job) => {
    const response = answer(job.request)
    if (response.ok) job.resolve(response.output)
    else job.reject(new TaskError('crashed', response.message))
  }

  const finish = (settle: (job: Job) => void, restart: boolean) => {
    if (!current) return
    const { job, timer, stopListening } = current
    clearTimeout(timer)
    stopListening()
    current = undefined
    if (restart) {
      port?.terminate()
      port = undefined
    }
    settle(job)
    pump()
  }

  const onMessage = (response: TaskResponse) => {
    everAnswered = true
    if (!current || response.id !== current.job.request.id) return
    finish((job) => (response.ok ? job.resolve(response.output) : job.reject(new TaskError('crashed', response.message))), false)
  }

  const onExit = (reason: string) => {
    port = undefined
    if (!current) return
    if (!everAnswered) {
      // The worker never worked here (blocked or missing): run inline from now on.
      inline = true
      finish(runInline, false)
      return
    }
    finish((job) => job.reject(new TaskError('crashed', `The parser stopped: ${reason}`)), false)
  }

  function pump(): void {
    if (current || queue.length === 0) return
    const job = queue.shift()!
    if (job.options.signal?.aborted) {
      job.reject(new TaskError('cancelled', 'Cancelled.'))
      return pump()
    }
    if (!inline && !port) {
      try {
        port = spawn!(onMessage, onExit)
      } catch {
        inline = true
      }
    }
    if (inline) {
      runInline(job)
      return pump()
    }
    const budget = job.options.timeoutMs ?? PARSE_BUDGET_MS[job.request.task]
    const timer = setTimeout(() => finish((j) => j.reject(new TaskError('timeout', `Reading took longer than ${Math.round(budget / 1000)} s.`)), true), budget)
    const onAbort = () => finish((j) => j.reject(new TaskError('cancelled', 'Cancelled.')), true)
    job.options.signal?.addEventListener('abort', onAbort, { once: true })
    current = { job, timer, stopListening: () => job.options.signal?.removeEventListener('abort', onAbort) }
    port!.post(job.request)
  }

  return {
    run: (task, input, options = {}) => new Promise((resolve, reject) => {
      queue.push({ request: { id: nextId++, task, input }, options, resolve: resolve as (output: unknown) => void, reject })
      pump()
    }),
    get isolated() { return !inline },
    dispose: () => {
      port?.terminate()
      port = undefined
    },
  }
}
