// Evaluation data: reads for the views, status changes and their reasons, field values, card moves.
import { useLiveQuery } from 'dexie-react-hooks'
import { NO_STATUS_COLUMN, placeCard, type BoardColumnOrder } from '../../shared/evaluation/board'
import type { FieldDefinition, FieldValue } from '../../shared/evaluation/fields'
import { evaluationIndex, type EvaluationIndex } from '../../shared/evaluation/filter'
import { cleanReason, compareChanges, latestChanges, type StatusChange } from '../../shared/evaluation/history'
import { effectiveRadar, type RadarConfig } from '../../shared/evaluation/radar'
import type { BoardSettingsRecord, RadarSettingsRecord } from '../../shared/evaluation/schema'
import { effectiveStatuses, type StatusDefinition } from '../../shared/evaluation/status'
import { appDb, type SandscapeDb } from './database'
import { preloadedQuery } from './preloaded-query'

const nowIso = (now = new Date()) => now.toISOString()

// Reads

const statusesQuery = preloadedQuery(async () => effectiveStatuses(await appDb().statuses.toArray()))

/** The status set in order (the defaults until the user changes it). */
export function useStatuses(): StatusDefinition[] | undefined {
  return statusesQuery.useValue()
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

const evaluationIndexQuery = preloadedQuery(async () => {
  const db = appDb()
  const [statuses, changes, fields, values] = await Promise.all([db.statuses.toArray(), db.statusChanges.toArray(), db.fields.toArray(), db.fieldValues.toArray()])
  return evaluationIndex(statuses, changes, fields, values, Date.now())
})

/** Everything the Projects filters, columns and the Board read about evaluations, in one live query. */
export function useEvaluationIndex(): EvaluationIndex | undefined {
  return evaluationIndexQuery.useValue()
}

/** Reads the statuses, their index and the radar's rings before the first render (the first view's preload). */
export function preloadEvaluation(): Promise<unknown> {
  return Promise.all([evaluationIndexQuery.preload(), statusesQuery.preload(), radarSettingsQuery.preload()])
}

const radarSettingsQuery = preloadedQuery(async () => readRadarSettings(appDb()))

/** The radar's quadrants, rings and "moved since" day; rings the status set no longer has are left out. */
export function useRadarSettings(): RadarConfig | undefined {
  return radarSettingsQuery.useValue()
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

/** A status's own name, when the user gave it one (recorded with each change). */
export async function customName(db: SandscapeDb, statusId: string | null): Promise<string | undefined> {
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

/** Sets a project's value for a field; undefined clears it. */
export async function setFieldValue(projectId: string, fieldId: string, value: FieldValue | undefined, now = new Date(), db = appDb()): Promise<void> {
  if (value === undefined) await db.fieldValues.delete([projectId, fieldId])
  else await db.fieldValues.put({ projectId, fieldId, value, updatedAt: nowIso(now) })
}

// The board

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
