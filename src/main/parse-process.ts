import type { SpawnWorker } from '../shared/parsing/task-runner'
import type { TaskResponse } from '../shared/parsing/tasks'

/** The part of Electron's UtilityProcess the parser uses. */
export interface ChildProcessLike {
  postMessage: (message: unknown) => void
  kill: () => boolean
  on: ((event: 'message', listener: (message: unknown) => void) => unknown) & ((event: 'exit', listener: (code: number) => void) => unknown)
}

/**
 * Parse workers for main: one utility process at a time running src/main/parse-worker.ts,
 * started when the first download needs parsing and again after one is stopped.
 */
export function utilityProcessWorkers(fork: (modulePath: string) => ChildProcessLike, modulePath: string): SpawnWorker {
  return (onMessage, onExit) => {
    const child = fork(modulePath)
    child.on('message', (message) => onMessage(message as TaskResponse))
    child.on('exit', (code) => onExit(`the parser process exited with code ${code}`))
    return {
      post: (request) => child.postMessage(request),
      terminate: () => { child.kill() },
    }
  }
}
