import { z } from 'zod'
import { Dataset, HttpUrl } from '../dataset/schema'
import { ipcChannels, type IpcMethod } from './channels'

export const DatasetLoadError = z.strictObject({
  code: z.enum(['missing', 'unreadable', 'corrupt', 'invalid', 'unsupported']),
  message: z.string(),
  /** Technical detail (file path, parser message) for the "details" disclosure. */
  detail: z.string().optional(),
})
export type DatasetLoadError = z.infer<typeof DatasetLoadError>

export const DatasetLoadResult = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), dataset: Dataset }),
  z.strictObject({ ok: z.literal(false), error: DatasetLoadError }),
])
export type DatasetLoadResult = z.infer<typeof DatasetLoadResult>

interface Endpoint {
  channel: string
  request: z.ZodType
  response: z.ZodType
}

/** The typed IPC contract: one entry per bridge method, with payload and result schemas. */
export const ipcContract = {
  loadDataset: {
    channel: ipcChannels.loadDataset,
    request: z.undefined(),
    response: DatasetLoadResult,
  },
  openExternal: {
    channel: ipcChannels.openExternal,
    request: z.strictObject({ url: HttpUrl }),
    response: z.strictObject({ opened: z.boolean() }),
  },
} as const satisfies { [M in IpcMethod]: Endpoint & { channel: (typeof ipcChannels)[M] } }

export type IpcContract = typeof ipcContract
export type IpcRequest<M extends IpcMethod> = z.input<IpcContract[M]['request']>
export type IpcResponse<M extends IpcMethod> = z.output<IpcContract[M]['response']>

/** What the preload exposes as `window.sandscape`, and what the web build implements itself. */
export type SandscapeBridge = {
  [M in IpcMethod]: IpcRequest<M> extends undefined
    ? () => Promise<IpcResponse<M>>
    : (request: IpcRequest<M>) => Promise<IpcResponse<M>>
}
