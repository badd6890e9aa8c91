import { createParseRunner, type ParseRunner, type SpawnWorker } from '../../shared/parsing/task-runner'
import type { TaskResponse } from '../../shared/parsing/tasks'

/** A Web Worker per parser; where workers cannot start (tests, a locked-down page) tasks run inline. */
const spawnWebWorker: SpawnWorker | undefined = typeof Worker === 'undefined' ? undefined : (onMessage, onExit) => {
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'sandscape-parser' })
  worker.onmessage = (event: MessageEvent<TaskResponse>) => onMessage(event.data)
  worker.onerror = (event) => {
    event.preventDefault()
    onExit(event.message || 'the parser worker failed to start')
  }
  return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() }
}

let runner: ParseRunner | undefined

/** The renderer's one parse runner, made on first use. */
export function parseRunner(): ParseRunner {
  runner ??= createParseRunner(spawnWebWorker)
  return runner
}
