import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { ipcContract, ipcEventContract, type IpcContract, type IpcEventPayload, type IpcRequest, type IpcResponse } from '../shared/ipc/contract'
import type { IpcEvent, IpcMethod } from '../shared/ipc/channels'
import { describeIssues } from '../shared/dataset/schema'

export type IpcHandlers = {
  [M in IpcMethod]: (request: IpcRequest<M>, event: IpcMainInvokeEvent) => Promise<IpcResponse<M>> | IpcResponse<M>
}

export class IpcRejection extends Error {}

/**
 * Registers one handler per contract entry. Every call is checked twice before the handler
 * runs: the sender must be our renderer, and the payload must match the contract's schema.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: IpcHandlers,
  isTrustedSender: (frameUrl: string | undefined) => boolean,
): () => void {
  const methods = Object.keys(ipcContract) as IpcMethod[]
  for (const method of methods) {
    const endpoint: IpcContract[IpcMethod] = ipcContract[method]
    ipcMain.handle(endpoint.channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        throw new IpcRejection(`${endpoint.channel}: refused a message from an untrusted frame`)
      }
      const parsed = endpoint.request.safeParse(payload)
      if (!parsed.success) {
        throw new IpcRejection(`${endpoint.channel}: invalid payload: ${describeIssues(parsed.error, 3)}`)
      }
      const handler = handlers[method] as (request: unknown, event: IpcMainInvokeEvent) => unknown
      return handler(parsed.data, event)
    })
  }
  return () => methods.forEach((method) => ipcMain.removeHandler(ipcContract[method].channel))
}

/** Sends one of the contract's events to a renderer, unless its page has gone. */
export function sendIpcEvent<E extends IpcEvent>(contents: Pick<WebContents, 'send' | 'isDestroyed'>, event: E, payload: IpcEventPayload<E>): void {
  if (contents.isDestroyed()) return
  contents.send(ipcEventContract[event].channel, payload)
}
