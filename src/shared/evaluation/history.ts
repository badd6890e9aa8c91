/**
 * The history of a project's evaluation status: one record per change, never overwritten. The
 * current status is derived (the latest record), so history and state cannot disagree.
 */
export interface StatusChange {
  id: string
  projectId: string
  /** The status set; null when the status was cleared. */
  statusId: string | null
  /**
   * The status's own name when the change was recorded (or when the status was later removed),
   * so history reads right after a status is deleted. Absent for a default status never renamed.
   */
  statusName?: string
  /** When the change happened (ISO time). */
  at: string
  /** Why, in one line of Markdown; editable later. */
  reason?: string
  /** When the reason was last edited (ISO time). */
  editedAt?: string
  /** Recorded by the app rather than by hand: a status was removed, or a radar was imported. */
  origin?: 'removal' | 'import'
}

export const MAX_REASON_LENGTH = 500

/** A reason as stored: one line (breaks become spaces), trimmed, bounded; empty means none. */
export function cleanReason(reason: string | undefined): string | undefined {
  const line = (reason ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_REASON_LENGTH)
  return line || undefined
}

/** Oldest first; changes at the same instant keep a stable order by id. */
export function compareChanges(a: StatusChange, b: StatusChange): number {
  return a.at.localeCompare(b.at) || a.id.localeCompare(b.id)
}

/** Each project's latest change, in one pass. */
export function latestChanges(changes: readonly StatusChange[]): Map<string, StatusChange> {
  const latest = new Map<string, StatusChange>()
  for (const change of changes) {
    const seen = latest.get(change.projectId)
    if (!seen || compareChanges(seen, change) < 0) latest.set(change.projectId, change)
  }
  return latest
}

/** Each project's current status (projects whose latest change cleared it are left out). */
export function currentStatuses(changes: readonly StatusChange[]): Map<string, string> {
  const current = new Map<string, string>()
  for (const [projectId, change] of latestChanges(changes)) if (change.statusId !== null) current.set(projectId, change.statusId)
  return current
}

/** Changes grouped by project, each group oldest first. */
export function historiesByProject(changes: readonly StatusChange[]): Map<string, StatusChange[]> {
  const groups = new Map<string, StatusChange[]>()
  for (const change of changes) {
    const group = groups.get(change.projectId)
    if (group) group.push(change)
    else groups.set(change.projectId, [change])
  }
  for (const group of groups.values()) group.sort(compareChanges)
  return groups
}

/** The status a project had at a moment, from its history oldest first (null: none yet, or cleared). */
export function statusAsOf(history: readonly StatusChange[], at: string): string | null {
  let status: string | null = null
  for (const change of history) {
    if (change.at > at) break
    status = change.statusId
  }
  return status
}
