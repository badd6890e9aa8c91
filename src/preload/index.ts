// The one bridge between the sandboxed renderer and main: a method per IPC channel, nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import { ipcChannels, type IpcMethod } from '../shared/ipc/channels'
import type { SandscapeBridge } from '../shared/ipc/contract'

const bridge = Object.fromEntries(
  (Object.keys(ipcChannels) as IpcMethod[]).map((method) => [
    method,
    (request?: unknown) => ipcRenderer.invoke(ipcChannels[method], request),
  ]),
) as SandscapeBridge

contextBridge.exposeInMainWorld('sandscape', bridge)
