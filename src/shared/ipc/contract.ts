import { z } from 'zod'
import { Dataset, HttpUrl } from '../dataset/schema'
import { FetchLandscapeResult, LogoResult, RefreshProgress, RefreshSource } from '../refresh/schema'
import { FetchHealthRequest, FetchHealthResult, HealthProgress } from '../health/schema'
import { ipcChannels, ipcEvents, type IpcEvent, type IpcMethod } from './channels'

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

/** File-type filters for save and open dialogs. */
const FileFilters = z.array(z.strictObject({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(10) })).max(10)

/** Up to 20 MB of text per save: comparisons, backups and notes all fit with room to spare. */
export const MAX_SAVED_TEXT_LENGTH = 20_000_000

export const SaveTextFileRequest = z.strictObject({
  /** A bare file name (no folders): the user picks where it goes. */
  suggestedName: z.string().min(1).max(200).refine((name) => !/[\\/]|^\.\.?$/.test(name), 'expected a file name without folders'),
  content: z.string().max(MAX_SAVED_TEXT_LENGTH),
  filters: FileFilters.optional(),
})
export type SaveTextFileRequest = z.infer<typeof SaveTextFileRequest>

export const SaveTextFileResult = z.strictObject({
  saved: z.boolean(),
  /** Where it went, when saved. */
  path: z.string().optional(),
  /** A readable reason when saving failed (disk full, no permission); absent when the user cancelled. */
  error: z.string().optional(),
})
export type SaveTextFileResult = z.infer<typeof SaveTextFileResult>

/** A bare file name: no folders, no "." or "..", no characters Windows forbids. */
const BareFileName = z.string().min(1).max(200).refine((name) => !/[\\/:*?"<>|\u0000-\u001f]|^\.\.?$/.test(name), 'expected a file name without folders')

export const SaveTextFilesRequest = z.strictObject({
  /** Shown as the folder picker's title. */
  title: z.string().max(200),
  files: z.array(z.strictObject({ name: BareFileName, content: z.string() })).min(1).max(5000)
    .refine((files) => files.reduce((n, f) => n + f.content.length, 0) <= MAX_SAVED_TEXT_LENGTH, 'files too large in total')
    .refine((files) => new Set(files.map((f) => f.name.toLowerCase())).size === files.length, 'file names must be unique'),
})
export type SaveTextFilesRequest = z.infer<typeof SaveTextFilesRequest>

export const SaveTextFilesResult = z.strictObject({
  saved: z.boolean(),
  directory: z.string().optional(),
  count: z.number().int().nonnegative().optional(),
  error: z.string().optional(),
})
export type SaveTextFilesResult = z.infer<typeof SaveTextFilesResult>

export const OpenTextFileRequest = z.strictObject({ filters: FileFilters.optional() })
export const OpenTextFileResult = z.strictObject({
  opened: z.boolean(),
  name: z.string().optional(),
  content: z.string().optional(),
  /** A readable reason when the file could not be read (too large, no permission). */
  error: z.string().optional(),
})
export type OpenTextFileResult = z.infer<typeof OpenTextFileResult>

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
  saveTextFile: {
    channel: ipcChannels.saveTextFile,
    request: SaveTextFileRequest,
    response: SaveTextFileResult,
  },
  saveTextFiles: {
    channel: ipcChannels.saveTextFiles,
    request: SaveTextFilesRequest,
    response: SaveTextFilesResult,
  },
  openTextFile: {
    channel: ipcChannels.openTextFile,
    request: OpenTextFileRequest,
    response: OpenTextFileResult,
  },
  /** Downloads the landscape from the first source that works; progress comes as refreshProgress events. */
  fetchLandscape: {
    channel: ipcChannels.fetchLandscape,
    request: z.strictObject({ sources: z.array(RefreshSource).min(1).max(4) }),
    response: FetchLandscapeResult,
  },
  fetchLogo: {
    channel: ipcChannels.fetchLogo,
    request: z.strictObject({ url: HttpUrl }),
    response: LogoResult,
  },
  /** Aborts the downloads under way, if any. */
  cancelRefresh: {
    channel: ipcChannels.cancelRefresh,
    request: z.undefined(),
    response: z.strictObject({ cancelled: z.boolean() }),
  },
  /** Downloads the health sources' figures for these projects; progress comes as healthProgress events. */
  fetchHealth: {
    channel: ipcChannels.fetchHealth,
    request: FetchHealthRequest,
    response: FetchHealthResult,
  },
} as const satisfies { [M in IpcMethod]: Endpoint & { channel: (typeof ipcChannels)[M] } }

/** Events from main to the renderer, with their payload schemas. */
export const ipcEventContract = {
  refreshProgress: { channel: ipcEvents.refreshProgress, payload: RefreshProgress },
  healthProgress: { channel: ipcEvents.healthProgress, payload: HealthProgress },
} as const satisfies { [E in IpcEvent]: { channel: (typeof ipcEvents)[E]; payload: z.ZodType } }

export type IpcEventPayload<E extends IpcEvent> = z.output<(typeof ipcEventContract)[E]['payload']>

export type IpcContract = typeof ipcContract
export type IpcRequest<M extends IpcMethod> = z.input<IpcContract[M]['request']>
export type IpcResponse<M extends IpcMethod> = z.output<IpcContract[M]['response']>

/** What the preload exposes as `window.sandscape`, and what the web build implements itself. */
export type SandscapeBridge = {
  [M in IpcMethod]: IpcRequest<M> extends undefined
    ? () => Promise<IpcResponse<M>>
    : (request: IpcRequest<M>) => Promise<IpcResponse<M>>
} & {
  /** Listens to one of main's events; returns the function that stops listening. */
  on: <E extends IpcEvent>(event: E, listener: (payload: IpcEventPayload<E>) => void) => () => void
}
