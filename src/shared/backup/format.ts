import { z } from '../zod'
import { BACKUP_KINDS, type BackupKind } from './kinds'
import { describeIssues } from '../dataset/schema'
import { readProjectsTableState, type StoredProjectsTableState } from '../projects/table-state'
import { readFields } from '../validation/fields'
import { BackupBoardColumn, BackupField, BackupFieldValue, BackupStatus, BackupStatusChange, BackupViewSettings, valueFitsField } from '../evaluation/schema'
import { SNAPSHOT_METRICS, type HealthSnapshot, type SnapshotMetric } from '../health/snapshot'

/** Marks a file as ours; anything else is "not a Sandscape backup". */
export const BACKUP_FORMAT = 'sandscape-backup'
/**
 * Bump when the shape changes; older versions must stay importable. 2: evaluation (statuses,
 * history, fields, board, radar), saved views, and the health figures kept over time when asked.
 */
export const BACKUP_VERSION = 2

/**
 * The limits of the user's data: the backup format enforces them on import and the database
 * enforces the same ones on every write (src/renderer/db/limits.ts), so whatever the app stores
 * its own backups accept. A new kind of user data declares its record schema once, in BackupData.
 */
export const USER_DATA_LIMITS = {
  idLength: 200,
  timeLength: 40,
  /** List and comparison names. */
  nameLength: 200,
  tagLength: 100,
  noteLength: 1_000_000,
  listsPerBookmark: 500,
  projectsPerComparison: 6,
  /** Notes are the one kind that can grow large: their count and total size keep a backup within one file. */
  notes: 5_000,
  /** UTF-8 bytes of all notes as they are written into the backup file (JSON-escaped). */
  notesTotalBytes: 10_000_000,
  /** A saved view's link query (view-query.ts reads at most this much). */
  viewQueryLength: 4000,
} as const

const IsoTime = z.string().min(10).max(USER_DATA_LIMITS.timeLength)
const Id = z.string().min(1).max(USER_DATA_LIMITS.idLength)
const Name = z.string().min(1).max(USER_DATA_LIMITS.nameLength)

export const BackupBookmark = z.strictObject({ projectId: Id, createdAt: IsoTime, lists: z.array(Id).max(USER_DATA_LIMITS.listsPerBookmark) })
export const BackupList = z.strictObject({ id: Id, name: Name, createdAt: IsoTime })
export const BackupNote = z.strictObject({ projectId: Id, markdown: z.string().max(USER_DATA_LIMITS.noteLength), createdAt: IsoTime, updatedAt: IsoTime })
export const BackupUserTag = z.strictObject({ projectId: Id, tag: z.string().min(1).max(USER_DATA_LIMITS.tagLength), createdAt: IsoTime })
export const BackupComparison = z.strictObject({ id: Id, name: Name, projectIds: z.array(Id).max(USER_DATA_LIMITS.projectsPerComparison), createdAt: IsoTime, updatedAt: IsoTime })
/** A saved Projects view: its link's query (read forgivingly when opened) and the columns shown. */
export const BackupSavedView = z.strictObject({
  id: Id, name: Name, query: z.string().max(USER_DATA_LIMITS.viewQueryLength), columns: z.array(z.string().min(1).max(USER_DATA_LIMITS.idLength)).max(500),
  isDefault: z.boolean(), createdAt: IsoTime, updatedAt: IsoTime,
})

/** What format 1 held. */
const BackupDataV1 = z.strictObject({
  bookmarks: z.array(BackupBookmark),
  lists: z.array(BackupList),
  notes: z.array(BackupNote),
  userTags: z.array(BackupUserTag),
  comparisons: z.array(BackupComparison),
})

/** Every kind of user data, one record schema each (what the database checks every write against too). */
const BackupDataShape = BackupDataV1.extend({
  savedViews: z.array(BackupSavedView).max(1000),
  statuses: z.array(BackupStatus).max(1000),
  statusChanges: z.array(BackupStatusChange).max(500_000),
  fields: z.array(BackupField).max(1000),
  fieldValues: z.array(BackupFieldValue).max(500_000),
  boardOrder: z.array(BackupBoardColumn).max(1000),
  viewSettings: z.array(BackupViewSettings).max(10),
})

export const BackupData = BackupDataShape.superRefine((data, ctx) => {
  // Each value must belong to a field of the backup and fit its type.
  const fields = new Map(data.fields.map((f) => [f.id, f]))
  data.fieldValues.forEach((value, i) => {
    const field = fields.get(value.fieldId)
    if (!field) ctx.addIssue({ code: 'custom', path: ['fieldValues', i, 'fieldId'], message: 'no such field in the backup' })
    else if (!valueFitsField(field, value.value)) ctx.addIssue({ code: 'custom', path: ['fieldValues', i, 'value'], message: `not a ${field.type} value` })
  })
})
export type BackupData = z.infer<typeof BackupData>
export { BACKUP_KINDS, type BackupKind } from './kinds'
// The kinds listed apart (kinds.ts) are exactly BackupData's: a kind added to one only does not compile.
const kindsMatch: [BackupKind] extends [keyof BackupData] ? ([keyof BackupData] extends [BackupKind] ? true : false) : false = true
void kindsMatch

/** One record of each kind, as stored in its table: the schema every write is checked against. */
export const USER_RECORD_SCHEMAS = Object.fromEntries(BACKUP_KINDS.map((kind) => [kind, BackupDataShape.shape[kind].element])) as
  { [K in BackupKind]: (typeof BackupDataShape.shape)[K]['element'] }

/** UTF-8 bytes of `text` (a surrogate pair makes four), counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3
  }
  return bytes
}

/** UTF-8 bytes of `text` once written as a JSON string (quotes and escapes included). */
export function serializedBytes(text: string): number {
  return utf8Length(JSON.stringify(text))
}

export type NotesLimit = 'notes' | 'notesTotalBytes'

/** Which limit a whole collection of notes exceeds, or undefined when it fits. */
export function notesOverLimits(notes: readonly { markdown: string }[]): NotesLimit | undefined {
  if (notes.length > USER_DATA_LIMITS.notes) return 'notes'
  let bytes = 0
  for (const note of notes) bytes += serializedBytes(note.markdown)
  return bytes > USER_DATA_LIMITS.notesTotalBytes ? 'notesTotalBytes' : undefined
}

export function describeNotesLimit(limit: NotesLimit): string {
  return limit === 'notes'
    ? `more than ${USER_DATA_LIMITS.notes.toLocaleString('en')} notes`
    : `more than ${USER_DATA_LIMITS.notesTotalBytes / 1_000_000} MB of notes in all`
}

export type Language = 'system' | 'en' | 'ru'
export type Theme = 'system' | 'light' | 'dark'

/** Preferences carried along. Each is validated on its own: a damaged one is left out, never stored. */
export interface BackupSettings {
  language?: Language
  theme?: Theme
  comparePicks?: string[]
  /** The Projects table's last view, columns and widths (src/shared/projects/table-state.ts). */
  projectsTable?: StoredProjectsTableState
}

const settingFields = {
  language: z.enum(['system', 'en', 'ru']),
  theme: z.enum(['system', 'light', 'dark']),
  comparePicks: z.array(Id).max(USER_DATA_LIMITS.projectsPerComparison),
  projectsTable: z.unknown(),
}

/** Reads a backup's settings field by field; `ignored` names what was left out. */
export function readBackupSettings(raw: unknown): { settings: BackupSettings; ignored: string[] } {
  const { value, ignored } = readFields(raw, settingFields)
  const { projectsTable, ...rest } = value
  const settings: BackupSettings = rest
  if ('projectsTable' in value) {
    const table = readProjectsTableState(projectsTable)
    settings.projectsTable = table.value
    ignored.push(...table.ignored)
  }
  return { settings, ignored: ignored.map((path) => (path === '(all)' ? 'settings' : path)) }
}

/** Health figures kept over time: dataset data, in a backup only when the user asks for it. */
const MAX_SNAPSHOT_PROJECTS = 5000
const SnapshotColumn = z.array(z.number().int().min(0).max(1e12).nullable()).max(MAX_SNAPSHOT_PROJECTS)
export const BackupSnapshot = z.strictObject({
  at: IsoTime.refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO time'),
  ids: z.array(Id).max(MAX_SNAPSHOT_PROJECTS),
  values: z.strictObject(Object.fromEntries(SNAPSHOT_METRICS.map((m) => [m, SnapshotColumn.optional()])) as Record<SnapshotMetric, z.ZodOptional<typeof SnapshotColumn>>),
}).refine((s) => Object.values(s.values).every((column) => column === undefined || column.length === s.ids.length), 'each column needs one value per project')
export const BackupHistory = z.strictObject({ snapshots: z.array(BackupSnapshot).max(2000) })
export type BackupHistory = { snapshots: HealthSnapshot[] }

/** A backup file's envelope and data; settings are read field by field (readBackupSettings). */
const BackupFile = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: IsoTime,
  data: BackupData,
  settings: z.unknown(),
  history: BackupHistory.optional(),
})

/** A format 1 file: read, then given the empty saved views and evaluation data format 2 added. */
const BackupFileV1 = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: IsoTime,
  data: BackupDataV1,
  settings: z.unknown(),
}).transform((v1): z.output<typeof BackupFile> => ({
  ...v1,
  version: BACKUP_VERSION,
  data: { ...v1.data, savedViews: [], statuses: [], statusChanges: [], fields: [], fieldValues: [], boardOrder: [], viewSettings: [] } satisfies BackupData,
}))

export interface Backup {
  format: typeof BACKUP_FORMAT
  version: typeof BACKUP_VERSION
  exportedAt: string
  data: BackupData
  settings: BackupSettings
  /** The health snapshots, only when the user asked for them. */
  history?: BackupHistory
}

export type BackupParseError = 'not-json' | 'foreign' | 'newer' | 'invalid' | 'too-large'
export type BackupParseResult =
  | { ok: true; backup: Backup; /** Settings left out because they were damaged or unknown. */ ignoredSettings: string[] }
  | { ok: false; kind: BackupParseError; message: string; detail?: string }

/** Characters of a backup file; the app keeps what it stores within it (USER_DATA_LIMITS). */
export const MAX_BACKUP_LENGTH = 20_000_000

/** A backup of the user's data and settings; the health history only when passed (the user asked). */
export function createBackup(data: BackupData, settings: BackupSettings, now = new Date(), history?: BackupHistory): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), data, settings, ...(history ? { history } : {}) }
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`
}

/** Validates a backup file completely before anything is touched, with a message for people. */
export function parseBackup(text: string): BackupParseResult {
  if (text.length > MAX_BACKUP_LENGTH) return { ok: false, kind: 'too-large', message: 'This file is too large to be a Sandscape backup.' }
  let json: unknown
  try {
    // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse refuses it.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    return { ok: false, kind: 'not-json', message: 'This file is not a Sandscape backup: it is not valid JSON.', detail: (error as Error).message }
  }
  const header = z.looseObject({ format: z.unknown(), version: z.unknown() }).safeParse(json)
  if (!header.success || header.data.format !== BACKUP_FORMAT) {
    return { ok: false, kind: 'foreign', message: 'This file is not a Sandscape backup.' }
  }
  if (typeof header.data.version === 'number' && header.data.version > BACKUP_VERSION) {
    return { ok: false, kind: 'newer', message: `This backup was made by a newer Sandscape (format ${header.data.version}); update Sandscape to import it.` }
  }
  const parsed = (header.data.version === 1 ? BackupFileV1 : BackupFile).safeParse(json)
  const damaged = (detail: string): BackupParseResult => ({ ok: false, kind: 'invalid', message: 'This Sandscape backup is damaged and was not imported.', detail })
  if (!parsed.success) return damaged(describeIssues(parsed.error))
  const overLimits = notesOverLimits(parsed.data.data.notes)
  if (overLimits) return damaged(`data.notes: ${describeNotesLimit(overLimits)}`)
  const { settings, ignored } = readBackupSettings(parsed.data.settings)
  return { ok: true, backup: { ...parsed.data, settings }, ignoredSettings: ignored }
}
