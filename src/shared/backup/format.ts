import { z } from 'zod'
import { describeIssues } from '../dataset/schema'
import { SNAPSHOT_METRICS, type HealthSnapshot, type SnapshotMetric } from '../health/snapshot'

/** Marks a file as ours; anything else is "not a Sandscape backup". */
export const BACKUP_FORMAT = 'sandscape-backup'
/**
 * Bump when the shape changes; older versions must stay importable.
 * 2: an optional `history` (the health snapshots kept over time, issue 14).
 */
export const BACKUP_VERSION = 2

const IsoTime = z.string().min(10).max(40)
const Id = z.string().min(1).max(200)

export const BackupBookmark = z.strictObject({ projectId: Id, createdAt: IsoTime, lists: z.array(Id).max(500) })
export const BackupList = z.strictObject({ id: Id, name: z.string().min(1).max(200), createdAt: IsoTime })
export const BackupNote = z.strictObject({ projectId: Id, markdown: z.string().max(1_000_000), createdAt: IsoTime, updatedAt: IsoTime })
export const BackupUserTag = z.strictObject({ projectId: Id, tag: z.string().min(1).max(100), createdAt: IsoTime })
export const BackupComparison = z.strictObject({ id: Id, name: z.string().min(1).max(200), projectIds: z.array(Id).max(6), createdAt: IsoTime, updatedAt: IsoTime })

export const BackupData = z.strictObject({
  bookmarks: z.array(BackupBookmark),
  lists: z.array(BackupList),
  notes: z.array(BackupNote),
  userTags: z.array(BackupUserTag),
  comparisons: z.array(BackupComparison),
})
export type BackupData = z.infer<typeof BackupData>
export type BackupKind = keyof BackupData
export const BACKUP_KINDS: readonly BackupKind[] = ['bookmarks', 'lists', 'notes', 'userTags', 'comparisons']

/** Preferences carried along; unknown keys are kept out, known ones validated. */
export const BackupSettings = z.strictObject({
  language: z.enum(['system', 'en', 'ru']).optional(),
  theme: z.enum(['system', 'light', 'dark']).optional(),
  comparePicks: z.array(Id).max(6).optional(),
  /** The Projects table's filters, sort and columns, as stored by the app (opaque here). */
  projectsTable: z.record(z.string(), z.unknown()).optional(),
})
export type BackupSettings = z.infer<typeof BackupSettings>

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

export const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1).max(BACKUP_VERSION),
  exportedAt: IsoTime,
  data: BackupData,
  settings: BackupSettings,
  history: BackupHistory.optional(),
})
export type Backup = z.infer<typeof Backup>

export type BackupParseError = 'not-json' | 'foreign' | 'newer' | 'invalid' | 'too-large'
export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; kind: BackupParseError; message: string; detail?: string }

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
  const parsed = Backup.safeParse(json)
  if (!parsed.success) {
    return { ok: false, kind: 'invalid', message: 'This Sandscape backup is damaged and was not imported.', detail: describeIssues(parsed.error) }
  }
  return { ok: true, backup: parsed.data }
}
