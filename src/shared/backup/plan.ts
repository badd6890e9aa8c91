import { evaluationKeys, mergeEvaluation } from '../evaluation/backup-merge'
import { BACKUP_KINDS, notesOverLimits, type BackupData, type BackupKind, type NotesLimit } from './format'

export type ImportMode = 'merge' | 'replace'

export interface KindPlan {
  add: number
  change: number
  unchanged: number
  /** Only with replace: items on this device that the backup does not have. */
  remove: number
}

export interface ImportPlan {
  mode: ImportMode
  kinds: Record<BackupKind, KindPlan>
  /** Notes that differ on both sides: merge keeps the newer one and says so. */
  noteConflicts: { projectId: string; kept: 'device' | 'backup' }[]
  /** What the user tables will hold afterwards. */
  result: BackupData
  /** Why the result would not fit the limits of the user's data (then the import cannot run). */
  overLimits?: NotesLimit
}

const keyOf: Record<BackupKind, (item: never) => string> = {
  bookmarks: (b: { projectId: string }) => b.projectId,
  lists: (l: { id: string }) => l.id,
  notes: (n: { projectId: string }) => n.projectId,
  userTags: (t: { projectId: string; tag: string }) => `${t.projectId}\u0000${t.tag}`,
  comparisons: (c: { id: string }) => c.id,
  ...evaluationKeys,
  savedViews: (v: { id: string }) => v.id,
} as Record<BackupKind, (item: never) => string>

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Works out an import before anything is written. Merge keeps everything on the device and adds
 * the backup's items (a list with the same name is the same list; bookmarks join their lists; a
 * note edited on both sides keeps the newer text). Replace makes the user tables equal the backup.
 * Linear in the size of both sides: every lookup goes through a map.
 */
export function planImport(device: BackupData, backup: BackupData, mode: ImportMode): ImportPlan {
  const result = mode === 'replace' ? structuredClone(backup) : mergeData(device, backup)
  // One default at most, however the file came to mark several; a merge keeps the device's.
  result.savedViews = oneDefault(result.savedViews, mode === 'merge' ? device.savedViews.find((v) => v.isDefault)?.id : undefined)
  const kinds = {} as Record<BackupKind, KindPlan>
  for (const kind of BACKUP_KINDS) {
    const key = keyOf[kind] as (item: unknown) => string
    const before = new Map((device[kind] as unknown[]).map((item) => [key(item), item]))
    const after = new Map((result[kind] as unknown[]).map((item) => [key(item), item]))
    const plan: KindPlan = { add: 0, change: 0, unchanged: 0, remove: 0 }
    for (const [k, item] of after) {
      if (!before.has(k)) plan.add++
      else if (same(before.get(k), item)) plan.unchanged++
      else plan.change++
    }
    for (const k of before.keys()) if (!after.has(k)) plan.remove++
    kinds[kind] = plan
  }
  const deviceNotes = new Map(device.notes.map((n) => [n.projectId, n]))
  const noteConflicts = mode === 'merge'
    ? backup.notes.flatMap((note) => {
      const mine = deviceNotes.get(note.projectId)
      if (!mine || mine.markdown === note.markdown) return []
      return [{ projectId: note.projectId, kept: note.updatedAt > mine.updatedAt ? 'backup' as const : 'device' as const }]
    })
    : []
  const overLimits = notesOverLimits(result.notes)
  return { mode, kinds, noteConflicts, result, ...(overLimits ? { overLimits } : {}) }
}

const listName = (name: string) => name.trim().toLowerCase()

function mergeData(device: BackupData, backup: BackupData): BackupData {
  // Lists: by id, or by name (case-insensitive) when ids differ; remember id remappings.
  const lists = [...device.lists]
  const listsById = new Map(lists.map((l) => [l.id, l]))
  const listsByName = new Map<string, (typeof lists)[number]>()
  for (const list of lists) if (!listsByName.has(listName(list.name))) listsByName.set(listName(list.name), list)
  const remap = new Map<string, string>()
  for (const list of backup.lists) {
    const match = listsById.get(list.id) ?? listsByName.get(listName(list.name))
    if (match) remap.set(list.id, match.id)
    else {
      const copy = { ...list }
      lists.push(copy)
      listsById.set(copy.id, copy)
      listsByName.set(listName(copy.name), copy)
    }
  }
  const listId = (id: string) => remap.get(id) ?? id

  const bookmarks = device.bookmarks.map((b) => ({ ...b, lists: [...b.lists] }))
  const bookmarksById = new Map(bookmarks.map((b) => [b.projectId, b]))
  for (const incoming of backup.bookmarks) {
    const mine = bookmarksById.get(incoming.projectId)
    const incomingLists = incoming.lists.map(listId)
    if (!mine) {
      const added = { ...incoming, lists: [...new Set(incomingLists)] }
      bookmarks.push(added)
      bookmarksById.set(added.projectId, added)
    } else {
      mine.lists = [...new Set([...mine.lists, ...incomingLists])]
      if (incoming.createdAt < mine.createdAt) mine.createdAt = incoming.createdAt
    }
  }

  const notes = device.notes.map((n) => ({ ...n }))
  const noteIndex = new Map(notes.map((n, i) => [n.projectId, i]))
  for (const incoming of backup.notes) {
    const index = noteIndex.get(incoming.projectId)
    if (index === undefined) {
      noteIndex.set(incoming.projectId, notes.length)
      notes.push({ ...incoming })
    } else {
      const mine = notes[index]
      const newer = incoming.updatedAt > mine.updatedAt ? incoming : mine
      notes[index] = { ...newer, createdAt: incoming.createdAt < mine.createdAt ? incoming.createdAt : mine.createdAt }
    }
  }

  const tagKey = (t: { projectId: string; tag: string }) => `${t.projectId}\u0000${t.tag}`
  const userTags = [...device.userTags]
  const haveTags = new Set(userTags.map(tagKey))
  for (const tag of backup.userTags) if (!haveTags.has(tagKey(tag))) { userTags.push({ ...tag }); haveTags.add(tagKey(tag)) }

  const comparisons = device.comparisons.map((c) => ({ ...c }))
  const comparisonIndex = new Map(comparisons.map((c, i) => [c.id, i]))
  for (const incoming of backup.comparisons) {
    const index = comparisonIndex.get(incoming.id)
    if (index === undefined) {
      comparisonIndex.set(incoming.id, comparisons.length)
      comparisons.push({ ...incoming })
    } else if (incoming.updatedAt > comparisons[index].updatedAt) comparisons[index] = { ...incoming }
  }

  return { bookmarks, lists, notes, userTags, comparisons, savedViews: mergeSavedViews(device.savedViews, backup.savedViews), ...mergeEvaluation(device, backup) }
}

/** Saved views by id, the newer edit winning; the device's default stays the one default. */
function mergeSavedViews(device: BackupData['savedViews'], backup: BackupData['savedViews']): BackupData['savedViews'] {
  const byId = new Map(device.map((v) => [v.id, { ...v, columns: [...v.columns] }]))
  for (const incoming of backup) {
    const mine = byId.get(incoming.id)
    if (!mine || incoming.updatedAt > mine.updatedAt) byId.set(incoming.id, { ...incoming, columns: [...incoming.columns], isDefault: mine?.isDefault ?? incoming.isDefault })
  }
  return [...byId.values()]
}

/** At most one default: `preferred` when it is among the views and marked, else the first marked. */
function oneDefault(views: BackupData['savedViews'], preferred: string | undefined): BackupData['savedViews'] {
  const keep = views.find((v) => v.isDefault && v.id === preferred)?.id ?? views.find((v) => v.isDefault)?.id
  return views.map((v) => (v.isDefault === (v.id === keep) ? v : { ...v, isDefault: v.id === keep }))
}
