import { useLiveQuery } from 'dexie-react-hooks'
import { NO_STATUS_COLUMN, placeCard, type BoardColumnOrder } from '../../shared/evaluation/board'
import { cleanChoices, cleanFieldName, MAX_FIELD_DESCRIPTION_LENGTH, type FieldDefinition, type FieldType, type FieldValue } from '../../shared/evaluation/fields'
import { evaluationIndex, type EvaluationIndex } from '../../shared/evaluation/filter'
import { cleanReason, compareChanges, latestChanges, type StatusChange } from '../../shared/evaluation/history'
import { effectiveRadar, type RadarConfig } from '../../shared/evaluation/radar'
import type { BoardSettingsRecord, RadarSettingsRecord } from '../../shared/evaluation/schema'
import { cleanStatusName, effectiveStatuses, isDefaultStatusId, reorderStatuses, type StatusDefinition } from '../../shared/evaluation/status'
import { appDb, type SandscapeDb } from './database'

const nowIso = (now = new Date()) => now.toISOString()

// Reads

/** The status set in order (the defaults until the user changes it). */
export function useStatuses(): StatusDefinition[] | undefined {
  return useLiveQuery(async () => effectiveStatuses(await appDb().statuses.toArray()), [])
}

/** A project's status history, newest first. */
export function useProjectHistory(projectId: string): StatusChange[] | undefined {
  return useLiveQuery(async () => (await appDb().statusChanges.where('projectId').equals(projectId).toArray()).sort(compareChanges).reverse(), [projectId])
}

export function useAllStatusChanges(): StatusChange[] | undefined {
  return useLiveQuery(() => appDb().statusChanges.toArray(), [])
}

/** The user's fields in their order. */
export function useFields(): FieldDefinition[] | undefined {
  return useLiveQuery(async () => (await appDb().fields.toArray()).sort((a, b) => a.order - b.order), [])
}

/** A project's field values by field id. */
export function useProjectFieldValues(projectId: string): Map<string, FieldValue> | undefined {
  return useLiveQuery(async () => new Map((await appDb().fieldValues.where('projectId').equals(projectId).toArray()).map((v) => [v.fieldId, v.value])), [projectId])
}

/** Everything the Projects filters, columns and the Board read about evaluations, in one live query. */
export function useEvaluationIndex(): EvaluationIndex | undefined {
  return useLiveQuery(async () => {
    const db = appDb()
    const [statuses, changes, fields, values] = await Promise.all([db.statuses.toArray(), db.statusChanges.toArray(), db.fields.toArray(), db.fieldValues.toArray()])
    return evaluationIndex(statuses, changes, fields, values, Date.now())
  }, [])
}

/** The radar's quadrants, rings and "moved since" day; rings the status set no longer has are left out. */
export function useRadarSettings(): RadarConfig | undefined {
  return useLiveQuery(async () => readRadarSettings(appDb()), [])
}

async function readRadarSettings(db: SandscapeDb): Promise<RadarConfig> {
  const [stored, statuses] = await Promise.all([db.viewSettings.get('radar') as Promise<RadarSettingsRecord | undefined>, db.statuses.toArray()])
  const config = effectiveRadar(stored)
  const known = new Set(effectiveStatuses(statuses).map((s) => s.id))
  return { ...config, rings: config.rings.filter((id) => known.has(id)) }
}

/** The fields the Board shows on its cards. */
export function useBoardSettings(): { cardFields: string[] } | undefined {
  return useLiveQuery(async () => {
    const stored = (await appDb().viewSettings.get('board')) as BoardSettingsRecord | undefined
    return { cardFields: stored?.cardFields ?? [] }
  }, [])
}

/** Column id → stored card order. */
export function useBoardOrder(): Map<string, string[]> | undefined {
  return useLiveQuery(async () => new Map((await appDb().boardOrder.toArray()).map((o) => [o.columnId, o.projectIds])), [])
}

// Status changes

async function currentStatusOf(db: SandscapeDb, projectId: string): Promise<string | null> {
  const history = await db.statusChanges.where('projectId').equals(projectId).toArray()
  return latestChanges(history).get(projectId)?.statusId ?? null
}

async function customName(db: SandscapeDb, statusId: string | null): Promise<string | undefined> {
  return statusId === null ? undefined : (await db.statuses.get(statusId))?.name
}

/**
 * Records a status change with its reason, unless the project already has that status. Returns
 * whether a change was recorded.
 */
export async function setStatus(projectId: string, statusId: string | null, reason?: string, now = new Date(), db = appDb()): Promise<boolean> {
  return db.transaction('rw', db.statusChanges, db.statuses, async () => {
    if ((await currentStatusOf(db, projectId)) === statusId) return false
    const name = await customName(db, statusId)
    const clean = cleanReason(reason)
    await db.statusChanges.add({ id: crypto.randomUUID(), projectId, statusId, ...(name ? { statusName: name } : {}), at: nowIso(now), ...(clean ? { reason: clean } : {}) })
    return true
  })
}

/** Rewrites the reason of a past change (empty removes it); the change itself stays as it was. */
export async function editReason(changeId: string, reason: string, now = new Date(), db = appDb()): Promise<void> {
  await db.transaction('rw', db.statusChanges, async () => {
    const change = await db.statusChanges.get(changeId)
    if (!change) return
    const clean = cleanReason(reason)
    const { reason: _old, ...rest } = change
    await db.statusChanges.put({ ...rest, ...(clean ? { reason: clean } : {}), editedAt: nowIso(now) })
  })
}

/** Adds history records read from another tool (a Backstage radar), all or none. */
export async function importStatusChanges(changes: readonly Omit<StatusChange, 'id'>[], db = appDb()): Promise<void> {
  await db.statusChanges.bulkAdd(changes.map((c) => ({ ...c, id: crypto.randomUUID() })))
}

// The status set

/** Writes the whole set; the first edit turns the defaults into stored statuses. */
async function writeStatuses(db: SandscapeDb, statuses: StatusDefinition[]): Promise<void> {
  await db.statuses.clear()
  await db.statuses.bulkPut(statuses.map((s, order) => ({ ...s, order })))
}

/** Renames a status; an empty name gives a default status its translated name back. */
export async function renameStatus(id: string, name: string, db = appDb()): Promise<void> {
  await db.transaction('rw', db.statuses, async () => {
    const clean = cleanStatusName(name)
    if (!clean && !isDefaultStatusId(id)) return
    const list = effectiveStatuses(await db.statuses.toArray()).map((s) => {
      if (s.id !== id) return s
      const { name: _old, ...rest } = s
      return clean ? { ...rest, name: clean } : rest
    })
    await writeStatuses(db, list)
  })
}

export async function addStatus(name: string, db = appDb()): Promise<StatusDefinition | undefined> {
  const clean = cleanStatusName(name)
  if (!clean) return undefined
  return db.transaction('rw', db.statuses, async () => {
    const list = effectiveStatuses(await db.statuses.toArray())
    const status = { id: `s-${crypto.randomUUID().slice(0, 8)}`, name: clean, order: list.length }
    await writeStatuses(db, [...list, status])
    return status
  })
}

export async function moveStatus(id: string, delta: -1 | 1, db = appDb()): Promise<void> {
  await db.transaction('rw', db.statuses, async () => {
    await writeStatuses(db, reorderStatuses(await db.statuses.toArray(), id, delta))
  })
}

/**
 * Removes a status. Projects that have it now move to `reassignTo` (or to no status), each with a
 * history record saying why. Past records keep the status's id and name, so history still reads
 * "Hold" after Hold is gone. The radar and the board forget it.
 */
export async function removeStatus(id: string, reassignTo: string | null, now = new Date(), db = appDb()): Promise<number> {
  return db.transaction('rw', [db.statuses, db.statusChanges, db.viewSettings, db.boardOrder], async () => {
    const list = effectiveStatuses(await db.statuses.toArray())
    const removed = list.find((s) => s.id === id)
    if (!removed || list.length <= 1 || reassignTo === id) return 0
    const current = latestChanges(await db.statusChanges.toArray())
    const moving = [...current.values()].filter((c) => c.statusId === id).map((c) => c.projectId)
    const targetName = await customName(db, reassignTo)
    const at = nowIso(now)
    await db.statusChanges.bulkAdd(moving.map((projectId) => ({
      id: crypto.randomUUID(), projectId, statusId: reassignTo, ...(targetName ? { statusName: targetName } : {}), at, origin: 'removal' as const,
    })))
    // The last name it had goes into every record of it (a default status keeps its translated name).
    if (removed.name) await db.statusChanges.toCollection().modify((c) => { if (c.statusId === id) c.statusName = removed.name })
    await writeStatuses(db, list.filter((s) => s.id !== id))
    const radar = effectiveRadar((await db.viewSettings.get('radar')) as RadarSettingsRecord | undefined)
    if (radar.rings.includes(id)) await saveRadarSettings({ ...radar, rings: radar.rings.filter((r) => r !== id) }, db)
    await db.boardOrder.delete(id)
    return moving.length
  })
}

// Fields

export async function addField(input: { name: string; type: FieldType; description?: string; choices?: string[] }, now = new Date(), db = appDb()): Promise<FieldDefinition | undefined> {
  const name = cleanFieldName(input.name)
  if (!name) return undefined
  return db.transaction('rw', db.fields, async () => {
    const fields = await db.fields.toArray()
    const field: FieldDefinition = {
      id: `f-${crypto.randomUUID().slice(0, 8)}`,
      name,
      type: input.type,
      ...(input.description?.trim() ? { description: input.description.trim().slice(0, MAX_FIELD_DESCRIPTION_LENGTH) } : {}),
      ...(input.type === 'choice' ? { choices: cleanChoices(input.choices ?? []) } : {}),
      order: fields.reduce((max, f) => Math.max(max, f.order + 1), 0),
      createdAt: nowIso(now),
    }
    await db.fields.add(field)
    return field
  })
}

/** Changes a field's name, description or choices; its type stays (values were checked against it). */
export async function updateField(id: string, patch: { name?: string; description?: string; choices?: string[] }, db = appDb()): Promise<void> {
  await db.transaction('rw', db.fields, async () => {
    const field = await db.fields.get(id)
    if (!field) return
    const name = patch.name === undefined ? field.name : cleanFieldName(patch.name) || field.name
    const description = patch.description === undefined ? field.description : patch.description.trim().slice(0, MAX_FIELD_DESCRIPTION_LENGTH) || undefined
    const { description: _d, ...rest } = field
    await db.fields.put({
      ...rest,
      name,
      ...(description ? { description } : {}),
      ...(field.type === 'choice' && patch.choices ? { choices: cleanChoices(patch.choices) } : {}),
    })
  })
}

export async function moveField(id: string, delta: -1 | 1, db = appDb()): Promise<void> {
  await db.transaction('rw', db.fields, async () => {
    const fields = (await db.fields.toArray()).sort((a, b) => a.order - b.order)
    const from = fields.findIndex((f) => f.id === id)
    const to = Math.min(fields.length - 1, Math.max(0, from + delta))
    if (from < 0 || from === to) return
    const [moved] = fields.splice(from, 1)
    fields.splice(to, 0, moved)
    await db.fields.bulkPut(fields.map((f, order) => ({ ...f, order })))
  })
}

/** How many projects have a value for the field (Settings says so before removing it). */
export async function countFieldValues(id: string, db = appDb()): Promise<number> {
  return db.fieldValues.where('fieldId').equals(id).count()
}

/** Removes a field with its values, and takes it off the board's cards. */
export async function removeField(id: string, db = appDb()): Promise<void> {
  await db.transaction('rw', db.fields, db.fieldValues, db.viewSettings, async () => {
    await db.fields.delete(id)
    await db.fieldValues.where('fieldId').equals(id).delete()
    const board = (await db.viewSettings.get('board')) as BoardSettingsRecord | undefined
    if (board) await db.viewSettings.put({ ...board, cardFields: board.cardFields.filter((f) => f !== id) })
  })
}

/** Sets a project's value for a field; undefined clears it. */
export async function setFieldValue(projectId: string, fieldId: string, value: FieldValue | undefined, now = new Date(), db = appDb()): Promise<void> {
  if (value === undefined) await db.fieldValues.delete([projectId, fieldId])
  else await db.fieldValues.put({ projectId, fieldId, value, updatedAt: nowIso(now) })
}

// Board and radar settings

/**
 * Moves a card: into another column (a status change, recorded in the history) and to a place in
 * its column. `targetOrder` is the target column's full order as the board shows it.
 */
export async function moveCard(projectId: string, toColumn: string, targetOrder: readonly string[], beforeId: string | null, now = new Date(), db = appDb()): Promise<void> {
  await db.transaction('rw', [db.statusChanges, db.statuses, db.boardOrder], async () => {
    const statusId = toColumn === NO_STATUS_COLUMN ? null : toColumn
    if ((await currentStatusOf(db, projectId)) !== statusId) {
      const name = await customName(db, statusId)
      await db.statusChanges.add({ id: crypto.randomUUID(), projectId, statusId, ...(name ? { statusName: name } : {}), at: nowIso(now) })
    }
    const order: BoardColumnOrder = { columnId: toColumn, projectIds: placeCard(targetOrder, projectId, beforeId) }
    await db.boardOrder.put(order)
  })
}

export async function saveRadarSettings(config: RadarConfig, db = appDb()): Promise<void> {
  await db.viewSettings.put({ key: 'radar', quadrants: config.quadrants, rings: config.rings, ...(config.movedSince ? { movedSince: config.movedSince } : {}) })
}

export async function saveBoardCardFields(cardFields: string[], db = appDb()): Promise<void> {
  await db.viewSettings.put({ key: 'board', cardFields })
}
