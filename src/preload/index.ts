// The one bridge between the sandboxed renderer and main: a method per IPC channel, nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import { ipcChannels, ipcEvents, type IpcEvent, type IpcMethod } from '../shared/ipc/channels'
import type { SandscapeBridge } from '../shared/ipc/contract'

const methods = Object.fromEntries(
  (Object.keys(ipcChannels) as IpcMethod[]).map((method) => [
    method,
    (request?: unknown) => ipcRenderer.invoke(ipcChannels[method], request),
  ]),
)

/** Only the contract's events can be listened to, and listeners never see the IPC event object. */
function on(event: IpcEvent, listener: (payload: unknown) => void): () => void {
  if (!Object.hasOwn(ipcEvents, event)) throw new Error(`unknown event "${String(event)}"`)
  const channel = ipcEvents[event]
  const forward = (_event: unknown, payload: unknown) => listener(payload)
  ipcRenderer.on(channel, forward)
  return () => { ipcRenderer.removeListener(channel, forward) }
}

const bridge = { ...methods, on } as SandscapeBridge

contextBridge.exposeInMainWorld('sandscape', bridge)
