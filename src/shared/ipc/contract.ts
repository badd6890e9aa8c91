import { z } from '../zod'
import { MENU_LABEL_KEYS, type MenuLabelKey } from './menu-labels'
import { USER_DATA_LIMITS } from '../backup/format'
import { Dataset, HttpUrl } from '../dataset/schema'
import { DatasetHeader } from '../dataset/header'
import { FetchHealthRequest, FetchHealthResult, HealthProgress } from '../health/schema'
import { FetchLandscapeResult, LogoResult, RefreshProgress, RefreshSource } from '../refresh/schema'
import { isAppHash } from '../url'
import { ipcChannels, ipcEvents, type IpcEvent, type IpcMethod } from './channels'
import { MAX_SAVED_TEXT_LENGTH } from './limits'

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

/** Which data the bundled dataset file holds, read from its first bytes; `ok: false` when they do not say (then it is loaded whole). */
export const DatasetVersionResult = z.discriminatedUnion('ok', [
  DatasetHeader.extend({ ok: z.literal(true) }),
  z.strictObject({ ok: z.literal(false) }),
])
export type DatasetVersionResult = z.infer<typeof DatasetVersionResult>

/** File-type filters for save and open dialogs. */
const FileFilters = z.array(z.strictObject({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/i)).max(10) })).max(10)

export { MAX_SAVED_TEXT_LENGTH }

export const SaveTextFileRequest = z.strictObject({
  /** A bare file name (no folders): the user picks where it goes. */
  suggestedName: z.string().min(1).max(200).refine((name) => !/[\\/]|^\.\.?$/.test(name), 'expected a file name without folders'),
  content: z.string().max(MAX_SAVED_TEXT_LENGTH),
  filters: FileFilters.optional(),
  /** 'base64': `content` is a binary file (a PNG chart) in base64, written as its bytes. Text by default. */
  encoding: z.enum(['utf8', 'base64']).optional(),
}).refine((request) => request.encoding !== 'base64' || /^[A-Za-z0-9+/]*={0,2}$/.test(request.content), { message: 'expected base64 content', path: ['content'] })
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
  // As many files as the app holds notes (notes export).
  files: z.array(z.strictObject({ name: BareFileName, content: z.string() })).min(1).max(USER_DATA_LIMITS.notes)
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

/** One of the renderer's route hashes (#/projects/headlamp): never a URL. */
export const AppHash = z.string().refine(isAppHash, 'expected a route hash such as #/projects')

/** A view as the sidebar lists it, sent to main so the application menu lists the same. */
export const MenuView = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/),
  label: z.string().min(1).max(80),
  hash: AppHash,
})
export type MenuView = z.infer<typeof MenuView>

export { MENU_LABEL_KEYS, type MenuLabelKey } from './menu-labels'
/** The words of the application and context menus, in the UI language. */
export const MenuLabels = z.strictObject(Object.fromEntries(MENU_LABEL_KEYS.map((key) => [key, z.string().min(1).max(80)])) as Record<MenuLabelKey, z.ZodString>)
export type MenuLabels = z.infer<typeof MenuLabels>

export const SetMenuRequest = z.strictObject({ views: z.array(MenuView).max(20), labels: MenuLabels })
export type SetMenuRequest = z.infer<typeof SetMenuRequest>

/** What the application menu asks the renderer to do. */
export const MenuCommand = z.enum(['print', 'refresh', 'find', 'back', 'forward'])
export type MenuCommand = z.infer<typeof MenuCommand>

export const PaperSize = z.enum(['A4', 'Letter'])
export type PaperSize = z.infer<typeof PaperSize>

export const PrintToPdfRequest = z.strictObject({
  suggestedName: BareFileName.refine((name) => name.toLowerCase().endsWith('.pdf'), 'expected a .pdf file name'),
  pageSize: PaperSize,
})
export type PrintToPdfRequest = z.infer<typeof PrintToPdfRequest>
export const PrintToPdfResult = SaveTextFileResult
export type PrintToPdfResult = SaveTextFileResult

export const NotifyRequest = z.strictObject({
  title: z.string().min(1).max(120),
  body: z.string().max(400),
  /** Where a click on the notification leads. */
  hash: AppHash,
})
export type NotifyRequest = z.infer<typeof NotifyRequest>

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
  /**
   * The bundled dataset's schema and version without parsing it: start-up loads the whole file
   * only when they differ from the cached copy's.
   */
  datasetVersion: {
    channel: ipcChannels.datasetVersion,
    request: z.undefined(),
    response: DatasetVersionResult,
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
  /** The renderer listens to main's events now: main sends what waited for it (a deep link at start). */
  shellReady: {
    channel: ipcChannels.shellReady,
    request: z.undefined(),
    response: z.strictObject({ ready: z.literal(true) }),
  },
  /** The views and the menu words, in the UI language: main rebuilds the application menu. */
  setMenu: {
    channel: ipcChannels.setMenu,
    request: SetMenuRequest,
    response: z.strictObject({ applied: z.boolean() }),
  },
  /** A native notification (a background refresh found changes); a click opens `hash`. */
  notify: {
    channel: ipcChannels.notify,
    request: NotifyRequest,
    response: z.strictObject({ shown: z.boolean() }),
  },
  /** Prints the sender's page with its print stylesheet and saves the PDF where the user chooses. */
  printToPdf: {
    channel: ipcChannels.printToPdf,
    request: PrintToPdfRequest,
    response: PrintToPdfResult,
  },
} as const satisfies { [M in IpcMethod]: Endpoint & { channel: (typeof ipcChannels)[M] } }

/** Events from main to the renderer, with their payload schemas. */
export const ipcEventContract = {
  refreshProgress: { channel: ipcEvents.refreshProgress, payload: RefreshProgress },
  healthProgress: { channel: ipcEvents.healthProgress, payload: HealthProgress },
  /** Go to a view: a menu entry or a sandscape:// link. */
  navigate: { channel: ipcEvents.navigate, payload: z.strictObject({ hash: AppHash }) },
  menuCommand: { channel: ipcEvents.menuCommand, payload: z.strictObject({ command: MenuCommand }) },
  /** Something the user should know that happened outside the page (a refused deep link). */
  notice: { channel: ipcEvents.notice, payload: z.strictObject({ kind: z.literal('deep-link-refused'), link: z.string().max(200) }) },
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
