/**
 * Evaluation statuses: the user's own ordered set (To look at, Assess, Trial, Adopt, Hold,
 * Rejected until they change it). The default statuses have no stored name: the UI names them
 * in its language, so a fresh install reads right in English and Russian. A renamed or added
 * status carries the name the user typed.
 */
export const DEFAULT_STATUS_IDS = ['to-look-at', 'assess', 'trial', 'adopt', 'hold', 'rejected'] as const
export type DefaultStatusId = (typeof DEFAULT_STATUS_IDS)[number]

export interface StatusDefinition {
  id: string
  /** What the user called it; absent for a default status that keeps its translated name. */
  name?: string
  /** Position in the set, lowest first (the table sorts and the board lays out columns by it). */
  order: number
}

export const MAX_STATUSES = 20
export const MAX_STATUS_NAME_LENGTH = 60

export const DEFAULT_STATUSES: readonly StatusDefinition[] = DEFAULT_STATUS_IDS.map((id, order) => ({ id, order }))

export function isDefaultStatusId(id: string): id is DefaultStatusId {
  return (DEFAULT_STATUS_IDS as readonly string[]).includes(id)
}

/** The statuses in use: what the user stored, in order, or the defaults while they stored none. */
export function effectiveStatuses(stored: readonly StatusDefinition[]): StatusDefinition[] {
  if (stored.length === 0) return DEFAULT_STATUSES.map((s) => ({ ...s }))
  return [...stored].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
}

/** Status id → position in the set, for sorting by status order. */
export function statusRanks(statuses: readonly StatusDefinition[]): Map<string, number> {
  return new Map(effectiveStatuses(statuses).map((s, i) => [s.id, i]))
}

/** A status name as typed: one line, trimmed, bounded. Empty means "no name". */
export function cleanStatusName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_STATUS_NAME_LENGTH)
}

/** Moves the status at `from` by `delta` places and renumbers the set 0, 1, 2… */
export function reorderStatuses(statuses: readonly StatusDefinition[], id: string, delta: number): StatusDefinition[] {
  const list = effectiveStatuses(statuses)
  const from = list.findIndex((s) => s.id === id)
  if (from < 0) return list
  const to = Math.min(list.length - 1, Math.max(0, from + delta))
  const [moved] = list.splice(from, 1)
  list.splice(to, 0, moved)
  return list.map((s, order) => ({ ...s, order }))
}
