import type { WebContents } from 'electron'
import type { IpcEvent } from '../shared/ipc/channels'
import type { IpcEventPayload } from '../shared/ipc/contract'
import { sendIpcEvent } from './ipc-router'

type Contents = Pick<WebContents, 'send' | 'isDestroyed'>
type Message = { [E in IpcEvent]: { event: E; payload: IpcEventPayload<E> } }[IpcEvent]

const MAX_WAITING = 20

/**
 * Events main sends unasked (a deep link, a menu command) wait here until the renderer says it
 * listens (shellReady), so a link that started the app is not lost while the page loads. A
 * reload detaches the page until it is ready again.
 */
export function createRendererOutbox() {
  let target: Contents | undefined
  let waiting: Message[] = []
  return {
    send<E extends IpcEvent>(event: E, payload: IpcEventPayload<E>): void {
      if (target && !target.isDestroyed()) {
        sendIpcEvent(target, event, payload)
        return
      }
      // Bounded: a flood of links while the window loads keeps only the latest.
      waiting = [...waiting, { event, payload } as Message].slice(-MAX_WAITING)
    },
    ready(contents: Contents): void {
      target = contents
      const queued = waiting
      waiting = []
      for (const message of queued) sendIpcEvent(contents, message.event, message.payload as never)
    },
    detach(contents: Contents): void {
      if (target === contents) target = undefined
    },
  }
}

export type RendererOutbox = ReturnType<typeof createRendererOutbox>
