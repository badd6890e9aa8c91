import type { Project } from '../../shared/dataset/schema'
import type { FieldDefinition, FieldValue } from '../../shared/evaluation/fields'
import { historiesByProject, type StatusChange } from '../../shared/evaluation/history'
import { appDb, type DatasetMeta } from './database'

/** Everything a dossier says about its projects, read in one go. */
export interface DossierData {
  projects: Project[]
  meta: DatasetMeta | undefined
  histories: Map<string, StatusChange[]>
  fields: FieldDefinition[]
  valuesOf: Map<string, Map<string, FieldValue>>
  tagsOf: Map<string, string[]>
  listsOf: Map<string, string[]>
  notes: Map<string, string>
}

/** The projects in the order given (ids no longer in the dataset are skipped), with the user's data on each. */
export async function readDossierData(projectIds: readonly string[]): Promise<DossierData> {
  const db = appDb()
  const ids = [...projectIds]
  const [found, meta, changes, fields, values, tags, bookmarks, lists, notes] = await Promise.all([
    db.projects.bulkGet(ids),
    db.meta.get('dataset'),
    db.statusChanges.where('projectId').anyOf(ids).toArray(),
    db.fields.orderBy('order').toArray(),
    db.fieldValues.where('projectId').anyOf(ids).toArray(),
    db.userTags.where('projectId').anyOf(ids).toArray(),
    db.bookmarks.bulkGet(ids),
    db.lists.toArray(),
    db.notes.bulkGet(ids),
  ])
  const valuesOf = new Map<string, Map<string, FieldValue>>()
  for (const v of values) valuesOf.set(v.projectId, (valuesOf.get(v.projectId) ?? new Map()).set(v.fieldId, v.value))
  const tagsOf = new Map<string, string[]>()
  for (const t of tags) tagsOf.set(t.projectId, [...(tagsOf.get(t.projectId) ?? []), t.tag].sort())
  const listName = new Map(lists.map((l) => [l.id, l.name]))
  return {
    projects: found.filter((p): p is Project => p !== undefined),
    meta,
    histories: historiesByProject(changes),
    fields,
    valuesOf,
    tagsOf,
    listsOf: new Map(bookmarks.flatMap((b) => (b ? [[b.projectId, b.lists.map((l) => listName.get(l) ?? l)] as [string, string[]]] : []))),
    notes: new Map(notes.flatMap((n) => (n ? [[n.projectId, n.markdown] as [string, string]] : []))),
  }
}

/** The ids of a list's projects, by name. */
export async function listProjectIds(listId: string): Promise<string[]> {
  return (await appDb().bookmarks.where('lists').equals(listId).toArray()).map((b) => b.projectId)
}
