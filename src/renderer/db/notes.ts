import { useLiveQuery } from 'dexie-react-hooks'
import { describeNotesLimit, notesOverLimits } from '../../shared/backup/format'
import { appDb, type NoteRecord } from './database'
import { UserDataLimitError } from './limits'

export function useNote(projectId: string): NoteRecord | null | undefined {
  return useLiveQuery(async () => (await appDb().notes.get(projectId)) ?? null, [projectId])
}

export function useNotes(): NoteRecord[] | undefined {
  return useLiveQuery(() => appDb().notes.orderBy('updatedAt').reverse().toArray(), [])
}

/**
 * Stores a project's note, keeping its creation time; an empty note is deleted, so "has a note"
 * means there is something in it. A note that would take the notes past what one backup holds
 * is refused (UserDataLimitError) and the stored text stays as it was.
 */
export async function saveNote(projectId: string, markdown: string, now = new Date()): Promise<NoteRecord | undefined> {
  const db = appDb()
  return db.transaction('rw', db.notes, async () => {
    if (markdown.trim() === '') {
      await db.notes.delete(projectId)
      return undefined
    }
    const existing = await db.notes.get(projectId)
    if (existing?.markdown === markdown) return existing
    const record: NoteRecord = { projectId, markdown, createdAt: existing?.createdAt ?? now.toISOString(), updatedAt: now.toISOString() }
    const others = await db.notes.filter((note) => note.projectId !== projectId).toArray()
    const overLimits = notesOverLimits([...others, record])
    if (overLimits) throw new UserDataLimitError('notes', `Not stored: ${describeNotesLimit(overLimits)}.`)
    await db.notes.put(record)
    return record
  })
}
