/**
 * The Board's card order: per column (a status, or none), the project ids in the order the user
 * left them. Projects the stored order does not mention follow, by name; a stored id whose project
 * is no longer in the column is skipped, so the order never has to be cleaned up to stay right.
 */
export const NO_STATUS_COLUMN = '__none__'

export interface BoardColumnOrder {
  /** A status id, or NO_STATUS_COLUMN. */
  columnId: string
  projectIds: string[]
}

/** The column's projects in board order. */
export function orderColumn<P extends { id: string; name: string }>(projects: readonly P[], stored: readonly string[] | undefined): P[] {
  const rank = new Map((stored ?? []).map((id, i) => [id, i]))
  return [...projects].sort((a, b) => {
    const ra = rank.get(a.id)
    const rb = rank.get(b.id)
    if (ra !== undefined && rb !== undefined) return ra - rb
    if (ra !== undefined) return -1
    if (rb !== undefined) return 1
    return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })
  })
}

/**
 * The column's full order after placing `projectId` before `beforeId` (null: at the end). The
 * board may show only some of a column's cards (filters apply): `order` is the whole column, so
 * cards the filters hide keep their places.
 */
export function placeCard(order: readonly string[], projectId: string, beforeId: string | null): string[] {
  const without = order.filter((id) => id !== projectId)
  const at = beforeId === null ? -1 : without.indexOf(beforeId)
  if (at < 0) return [...without, projectId]
  return [...without.slice(0, at), projectId, ...without.slice(at)]
}

/**
 * Where a keyboard move takes a card within the cards shown: the id to place it before, or null
 * for the end. `delta` is -1 (up) or +1 (down); undefined when it is already at that end.
 */
export function neighbourForMove(shown: readonly string[], projectId: string, delta: -1 | 1): { beforeId: string | null } | undefined {
  const index = shown.indexOf(projectId)
  if (index < 0) return undefined
  const target = index + delta
  if (target < 0 || target >= shown.length) return undefined
  const rest = shown.filter((id) => id !== projectId)
  return { beforeId: rest[target] ?? null }
}
