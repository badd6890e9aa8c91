import { isFieldFilterActive, matchesFieldFilter, type FieldDefinition, type FieldFilter, type FieldValue, type FieldValueRecord } from './fields'
import { latestChanges, type StatusChange } from './history'
import { effectiveStatuses, statusRanks, type StatusDefinition } from './status'

/** What the Projects filters and columns read about evaluations, by project id. */
export interface EvaluationIndex {
  /** Current status of each project that has one. */
  statusOf: ReadonlyMap<string, string>
  /** Status id → position in the user's order. */
  statusRank: ReadonlyMap<string, number>
  /** When each project's status last changed (ISO time). */
  changedAt: ReadonlyMap<string, string>
  /** Project id → field id → value. */
  valuesOf: ReadonlyMap<string, ReadonlyMap<string, FieldValue>>
  fields: readonly FieldDefinition[]
  /** The moment "changed in the last N days" counts back from (ms since the epoch). */
  now: number
}

export const EMPTY_EVALUATION: EvaluationIndex = { statusOf: new Map(), statusRank: new Map(), changedAt: new Map(), valuesOf: new Map(), fields: [], now: 0 }

export function evaluationIndex(
  statuses: readonly StatusDefinition[],
  changes: readonly StatusChange[],
  fields: readonly FieldDefinition[],
  values: readonly FieldValueRecord[],
  now: number,
): EvaluationIndex {
  const statusOf = new Map<string, string>()
  const changedAt = new Map<string, string>()
  // A status the set no longer has (history kept after a removal) is no current status.
  const known = new Set(effectiveStatuses(statuses).map((s) => s.id))
  for (const [projectId, change] of latestChanges(changes)) {
    changedAt.set(projectId, change.at)
    if (change.statusId !== null && known.has(change.statusId)) statusOf.set(projectId, change.statusId)
  }
  const valuesOf = new Map<string, Map<string, FieldValue>>()
  for (const record of values) {
    const map = valuesOf.get(record.projectId) ?? new Map<string, FieldValue>()
    map.set(record.fieldId, record.value)
    valuesOf.set(record.projectId, map)
  }
  return { statusOf, statusRank: statusRanks(statuses), changedAt, valuesOf, fields: [...fields].sort((a, b) => a.order - b.order), now }
}

/** The Projects filters this feature adds (the status facet is one of filter.ts's facets). */
export interface EvaluationFilters {
  /** Only projects whose status changed within this many days; null: no restriction. */
  statusChangedDays: number | null
  /** Field id → filter. */
  fields: Record<string, FieldFilter>
}

export const DEFAULT_EVALUATION_FILTERS: EvaluationFilters = { statusChangedDays: null, fields: {} }

/** Choices offered for "status changed in the last N days". */
export const CHANGED_WITHIN_DAYS = [7, 30, 90, 365] as const

const DAY_MS = 86_400_000

/** The field filters, or none when what was stored (or imported) is not an object of them. */
export function fieldFiltersOf(filters: Partial<EvaluationFilters>): Record<string, FieldFilter> {
  const fields = filters.fields
  return fields && typeof fields === 'object' && !Array.isArray(fields) ? fields : {}
}

export function hasEvaluationFilters(filters: Partial<EvaluationFilters>): boolean {
  return typeof filters.statusChangedDays === 'number' || Object.values(fieldFiltersOf(filters)).some(isFieldFilterActive)
}

/**
 * Whether a project passes the evaluation filters. Filters read back from storage or a backup may
 * be malformed: what cannot be read restricts nothing.
 */
export function matchesEvaluation(projectId: string, filters: Partial<EvaluationFilters>, index: EvaluationIndex): boolean {
  const days = filters.statusChangedDays
  if (typeof days === 'number' && Number.isFinite(days)) {
    const at = index.changedAt.get(projectId)
    if (!at || Date.parse(at) < index.now - days * DAY_MS) return false
  }
  const fieldFilters = fieldFiltersOf(filters)
  // for…in, not Object.entries: this runs per project and per facet, mostly with no field filters.
  for (const fieldId in fieldFilters) {
    // A filter on a field deleted since restricts nothing.
    if (!index.fields.some((f) => f.id === fieldId)) continue
    if (!matchesFieldFilter(fieldFilters[fieldId], index.valuesOf.get(projectId)?.get(fieldId))) return false
  }
  return true
}
