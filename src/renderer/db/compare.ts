import { useLiveQuery } from 'dexie-react-hooks'
import type { Project } from '../../shared/dataset/schema'
import { noteExcerpt, type ProjectUserData } from '../../shared/compare/compare'
import type { FieldValue } from '../../shared/evaluation/fields'
import { latestChanges, type StatusChange } from '../../shared/evaluation/history'
import { appDb, type ComparisonRecord } from './database'
import { readCurrentMeta } from './hooks'

/** The picked projects that are in the cache, in pick order (ids no longer in the dataset are skipped). */
export function useProjectsByIds(ids: readonly string[]): Project[] | undefined {
  return useLiveQuery(async () => {
    if (!(await readCurrentMeta())) return undefined
    const found = await appDb().projects.bulkGet([...ids])
    return found.filter((p): p is Project => p !== undefined)
  }, [ids.join('\u0000')])
}

/** Lists, user tags and a note excerpt per project, for the Compare view's "mine" rows. */
export function useUserDataFor(ids: readonly string[]): Map<string, ProjectUserData> | undefined {
  return useLiveQuery(async () => {
    const db = appDb()
    const [bookmarks, notes, tags, lists] = await Promise.all([
      db.bookmarks.bulkGet([...ids]),
      db.notes.bulkGet([...ids]),
      db.userTags.where('projectId').anyOf([...ids]).toArray(),
      db.lists.toArray(),
    ])
    const listName = new Map(lists.map((l) => [l.id, l.name]))
    return new Map(ids.map((id, i) => [id, {
      lists: (bookmarks[i]?.lists ?? []).map((l) => listName.get(l) ?? l),
      tags: tags.filter((t) => t.projectId === id).map((t) => t.tag).sort(),
      noteExcerpt: notes[i]?.markdown ? noteExcerpt(notes[i]!.markdown) : undefined,
    }]))
  }, [ids.join('\u0000')])
}

/** Each picked project's latest status change and field values, for Compare's evaluation rows. */
export function useEvaluationFor(ids: readonly string[]): Map<string, { latest?: StatusChange; values: Map<string, FieldValue> }> | undefined {
  return useLiveQuery(async () => {
    const db = appDb()
    const [changes, values] = await Promise.all([db.statusChanges.where('projectId').anyOf([...ids]).toArray(), db.fieldValues.where('projectId').anyOf([...ids]).toArray()])
    const latest = latestChanges(changes)
    return new Map(ids.map((id) => [id, { latest: latest.get(id), values: new Map(values.filter((v) => v.projectId === id).map((v) => [v.fieldId, v.value])) }]))
  }, [ids.join('\u0000')])
}

export function useComparisons(): ComparisonRecord[] | undefined {
  return useLiveQuery(() => appDb().comparisons.orderBy('updatedAt').reverse().toArray(), [])
}

/** Saves the picks under a name; saving under an existing name updates that comparison. */
export async function saveComparison(name: string, projectIds: string[], now = new Date()): Promise<ComparisonRecord> {
  const db = appDb()
  return db.transaction('rw', db.comparisons, async () => {
    const existing = (await db.comparisons.toArray()).find((c) => c.name.trim().toLowerCase() === name.trim().toLowerCase())
    const record: ComparisonRecord = {
      id: existing?.id ?? crypto.randomUUID(),
      name: name.trim(),
      projectIds: [...projectIds],
      createdAt: existing?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    }
    await db.comparisons.put(record)
    return record
  })
}

export async function deleteComparison(id: string): Promise<void> {
  await appDb().comparisons.delete(id)
}
