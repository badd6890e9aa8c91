import type { BoardColumnOrder } from './board'
import type { FieldDefinition, FieldValueRecord } from './fields'
import type { StatusChange } from './history'
import type { ViewSettingsRecord } from './schema'
import { DEFAULT_STATUSES, effectiveStatuses, type StatusDefinition } from './status'

/** The evaluation part of a backup: statuses, their history, fields and values, board order, radar and board settings. */
export interface EvaluationData {
  statuses: StatusDefinition[]
  statusChanges: StatusChange[]
  fields: FieldDefinition[]
  fieldValues: FieldValueRecord[]
  boardOrder: BoardColumnOrder[]
  viewSettings: ViewSettingsRecord[]
}

export const EMPTY_EVALUATION_DATA: EvaluationData = { statuses: [], statusChanges: [], fields: [], fieldValues: [], boardOrder: [], viewSettings: [] }

/** The key that identifies an item of each kind, for counting adds and changes. */
export const evaluationKeys = {
  statuses: (s: StatusDefinition) => s.id,
  statusChanges: (c: StatusChange) => c.id,
  fields: (f: FieldDefinition) => f.id,
  fieldValues: (v: FieldValueRecord) => `${v.projectId}\u0000${v.fieldId}`,
  boardOrder: (o: BoardColumnOrder) => o.columnId,
  viewSettings: (s: ViewSettingsRecord) => s.key,
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * Merges a backup's evaluation data into the device's, keeping everything the device has (the
 * backup plan's merge rule). Statuses: the union, device order first (a side still on the default
 * set adds the defaults its history uses, so no status in use disappears). History: the union by id,
 * the later edit of a reason winning. Fields: the same field by id, or by name and type (its
 * choices joined); values: the newer one. Board order and settings: the device's where it has them.
 * Linear in the size of both sides.
 */
export function mergeEvaluation(device: EvaluationData, backup: EvaluationData): EvaluationData {
  return {
    statuses: mergeStatuses(device, backup),
    statusChanges: mergeChanges(device.statusChanges, backup.statusChanges),
    ...mergeFields(device, backup),
    boardOrder: mergeBoardOrder(device.boardOrder, backup.boardOrder),
    viewSettings: [...device.viewSettings, ...backup.viewSettings.filter((s) => !device.viewSettings.some((d) => d.key === s.key))],
  }
}

function mergeStatuses(device: EvaluationData, backup: EvaluationData): StatusDefinition[] {
  if (device.statuses.length === 0 && backup.statuses.length === 0) return []
  // A side still on the default set brings the defaults its history uses, not the whole set.
  const side = (data: EvaluationData) => {
    if (data.statuses.length > 0) return effectiveStatuses(data.statuses)
    const used = new Set(data.statusChanges.map((c) => c.statusId))
    return DEFAULT_STATUSES.filter((s) => used.has(s.id))
  }
  const mine = side(device)
  const ids = new Set(mine.map((s) => s.id))
  const added = side(backup).filter((s) => !ids.has(s.id))
  return [...mine, ...added].map((s, order) => ({ ...s, order }))
}

function mergeChanges(device: StatusChange[], backup: StatusChange[]): StatusChange[] {
  const byId = new Map(device.map((c) => [c.id, { ...c }]))
  for (const incoming of backup) {
    const mine = byId.get(incoming.id)
    if (!mine) byId.set(incoming.id, { ...incoming })
    else if ((incoming.editedAt ?? '') > (mine.editedAt ?? '')) byId.set(incoming.id, { ...incoming })
  }
  return [...byId.values()]
}

function mergeFields(device: EvaluationData, backup: EvaluationData): Pick<EvaluationData, 'fields' | 'fieldValues'> {
  const fields = device.fields.map((f) => ({ ...f, ...(f.choices ? { choices: [...f.choices] } : {}) }))
  const byId = new Map(fields.map((f) => [f.id, f]))
  const byNameAndType = new Map(fields.map((f) => [`${f.type}\u0000${f.name.trim().toLowerCase()}`, f]))
  const remap = new Map<string, string>()
  let order = fields.reduce((max, f) => Math.max(max, f.order + 1), 0)
  for (const incoming of backup.fields) {
    const match = byId.get(incoming.id) ?? byNameAndType.get(`${incoming.type}\u0000${incoming.name.trim().toLowerCase()}`)
    if (match && match.type === incoming.type) {
      remap.set(incoming.id, match.id)
      if (match.type === 'choice') {
        const extra = (incoming.choices ?? []).filter((c) => !(match.choices ?? []).some((m) => sameName(m, c)))
        if (extra.length) match.choices = [...(match.choices ?? []), ...extra]
      }
      continue
    }
    // Same id or name but another type: a different field, kept under its own id.
    const id = byId.has(incoming.id) ? `${incoming.id}-${incoming.type}` : incoming.id
    const field = { ...incoming, id, order: order++, ...(incoming.choices ? { choices: [...incoming.choices] } : {}) }
    remap.set(incoming.id, id)
    fields.push(field)
    byId.set(id, field)
  }
  const key = (v: FieldValueRecord) => `${v.projectId}\u0000${v.fieldId}`
  const values = new Map(device.fieldValues.map((v) => [key(v), { ...v }]))
  for (const incoming of backup.fieldValues) {
    const value = { ...incoming, fieldId: remap.get(incoming.fieldId) ?? incoming.fieldId }
    const mine = values.get(key(value))
    if (!mine || value.updatedAt > mine.updatedAt) values.set(key(value), value)
  }
  return { fields, fieldValues: [...values.values()] }
}

function mergeBoardOrder(device: BoardColumnOrder[], backup: BoardColumnOrder[]): BoardColumnOrder[] {
  const result = new Map(device.map((o) => [o.columnId, { columnId: o.columnId, projectIds: [...o.projectIds] }]))
  for (const incoming of backup) {
    const mine = result.get(incoming.columnId)
    if (!mine) result.set(incoming.columnId, { columnId: incoming.columnId, projectIds: [...incoming.projectIds] })
    else {
      const have = new Set(mine.projectIds)
      mine.projectIds.push(...incoming.projectIds.filter((id) => !have.has(id)))
    }
  }
  return [...result.values()]
}
