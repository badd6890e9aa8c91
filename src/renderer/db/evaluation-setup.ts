import { cleanChoices, cleanFieldName, MAX_FIELD_DESCRIPTION_LENGTH, type FieldDefinition, type FieldType } from '../../shared/evaluation/fields'
import { latestChanges } from '../../shared/evaluation/history'
import { effectiveRadar, type RadarConfig } from '../../shared/evaluation/radar'
import type { BoardSettingsRecord, RadarSettingsRecord } from '../../shared/evaluation/schema'
import { cleanStatusName, effectiveStatuses, isDefaultStatusId, reorderStatuses, type StatusDefinition } from '../../shared/evaluation/status'
import { appDb, type SandscapeDb } from './database'
import { customName } from './evaluation'

// What the user sets up in Settings: the status set, their fields, the radar's and the board's settings.

const nowIso = (now = new Date()) => now.toISOString()

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

// Radar and board settings

export async function saveRadarSettings(config: RadarConfig, db = appDb()): Promise<void> {
  await db.viewSettings.put({ key: 'radar', quadrants: config.quadrants, rings: config.rings, ...(config.movedSince ? { movedSince: config.movedSince } : {}) })
}

export async function saveBoardCardFields(cardFields: string[], db = appDb()): Promise<void> {
  await db.viewSettings.put({ key: 'board', cardFields })
}
