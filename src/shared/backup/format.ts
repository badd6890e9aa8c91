import { z } from 'zod'
import { describeIssues } from '../dataset/schema'
import { BackupBoardColumn, BackupField, BackupFieldValue, BackupStatus, BackupStatusChange, BackupViewSettings, valueFitsField } from '../evaluation/schema'

/** Marks a file as ours; anything else is "not a Sandscape backup". */
export const BACKUP_FORMAT = 'sandscape-backup'
/** Bump when the shape changes; older versions must stay importable. 2: evaluation (statuses, history, fields, board, radar) and saved views. */
export const BACKUP_VERSION = 2

const IsoTime = z.string().min(10).max(40)
const Id = z.string().min(1).max(200)

export const BackupBookmark = z.strictObject({ projectId: Id, createdAt: IsoTime, lists: z.array(Id).max(500) })
export const BackupList = z.strictObject({ id: Id, name: z.string().min(1).max(200), createdAt: IsoTime })
export const BackupNote = z.strictObject({ projectId: Id, markdown: z.string().max(1_000_000), createdAt: IsoTime, updatedAt: IsoTime })
export const BackupUserTag = z.strictObject({ projectId: Id, tag: z.string().min(1).max(100), createdAt: IsoTime })
export const BackupComparison = z.strictObject({ id: Id, name: z.string().min(1).max(200), projectIds: z.array(Id).max(6), createdAt: IsoTime, updatedAt: IsoTime })
/** A saved Projects view: its link's query (read forgivingly when opened) and the columns shown. */
export const BackupSavedView = z.strictObject({
  id: Id, name: z.string().min(1).max(200), query: z.string().max(4000), columns: z.array(z.string().min(1).max(100)).max(100),
  isDefault: z.boolean(), createdAt: IsoTime, updatedAt: IsoTime,
})

/** What format 1 held. */
const BackupDataV1 = z.strictObject({
  bookmarks: z.array(BackupBookmark),
  lists: z.array(BackupList),
  notes: z.array(BackupNote),
  userTags: z.array(BackupUserTag),
  comparisons: z.array(BackupComparison),
  /** Since version 2 (read as none from a file without them). */
  savedViews: z.array(BackupSavedView).max(1000).default([]),
})

export const BackupData = BackupDataV1.extend({
  statuses: z.array(BackupStatus).max(1000),
  statusChanges: z.array(BackupStatusChange).max(500_000),
  fields: z.array(BackupField).max(1000),
  fieldValues: z.array(BackupFieldValue).max(500_000),
  boardOrder: z.array(BackupBoardColumn).max(1000),
  viewSettings: z.array(BackupViewSettings).max(10),
}).superRefine((data, ctx) => {
  // Each value must belong to a field of the backup and fit its type.
  const fields = new Map(data.fields.map((f) => [f.id, f]))
  data.fieldValues.forEach((value, i) => {
    const field = fields.get(value.fieldId)
    if (!field) ctx.addIssue({ code: 'custom', path: ['fieldValues', i, 'fieldId'], message: 'no such field in the backup' })
    else if (!valueFitsField(field, value.value)) ctx.addIssue({ code: 'custom', path: ['fieldValues', i, 'value'], message: `not a ${field.type} value` })
  })
})
export type BackupData = z.infer<typeof BackupData>
export type BackupKind = keyof BackupData
export const BACKUP_KINDS: readonly BackupKind[] = [
  'bookmarks', 'lists', 'notes', 'userTags', 'comparisons', 'savedViews', 'statuses', 'statusChanges', 'fields', 'fieldValues', 'boardOrder', 'viewSettings',
]

/** Preferences carried along; unknown keys are kept out, known ones validated. */
export const BackupSettings = z.strictObject({
  language: z.enum(['system', 'en', 'ru']).optional(),
  theme: z.enum(['system', 'light', 'dark']).optional(),
  comparePicks: z.array(Id).max(6).optional(),
  /** The Projects table's last view, columns and widths, as stored by the app (opaque here). */
  projectsTable: z.record(z.string(), z.unknown()).optional(),
})
export type BackupSettings = z.infer<typeof BackupSettings>

export const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  /** Every version this app reads: 1 had no saved views. */
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  exportedAt: IsoTime,
  data: BackupData,
  settings: BackupSettings,
})
export type Backup = z.infer<typeof Backup>

/** A format 1 file: read, then given the empty evaluation data format 2 added. */
const BackupV1 = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: IsoTime,
  data: BackupDataV1,
  settings: BackupSettings,
}).transform((v1): Backup => ({
  ...v1,
  version: BACKUP_VERSION,
  data: { ...v1.data, statuses: [], statusChanges: [], fields: [], fieldValues: [], boardOrder: [], viewSettings: [] },
}))

export type BackupParseError = 'not-json' | 'foreign' | 'newer' | 'invalid' | 'too-large'
export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; kind: BackupParseError; message: string; detail?: string }

export const MAX_BACKUP_LENGTH = 20_000_000

export function createBackup(data: BackupData, settings: BackupSettings, now = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), data, settings }
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`
}

/** Validates a backup file completely before anything is touched, with a message for people. */
export function parseBackup(text: string): BackupParseResult {
  if (text.length > MAX_BACKUP_LENGTH) return { ok: false, kind: 'too-large', message: 'This file is too large to be a Sandscape backup.' }
  let json: unknown
  try {
    json = JSON.parse(text)
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
  const parsed = (header.data.version === 1 ? BackupV1 : Backup).safeParse(json)
  if (!parsed.success) {
    return { ok: false, kind: 'invalid', message: 'This Sandscape backup is damaged and was not imported.', detail: describeIssues(parsed.error) }
  }
  return { ok: true, backup: parsed.data }
}
