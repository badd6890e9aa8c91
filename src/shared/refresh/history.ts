import { CHANGE_KINDS, type ChangeKind, type DatasetChange } from '../dataset/diff'

export type HistoryEntry<R> =
  | { type: 'refresh'; record: R }
  /** Consecutive refreshes that changed no project, newest first. */
  | { type: 'quiet'; records: R[] }

/**
 * What's new lists refreshes newest first; a run of refreshes without changes to projects
 * (daily automatic ones, say) folds into one line instead of a wall of "no changes".
 * The newest refresh always stands on its own, so the latest check is never hidden.
 */
export function groupRefreshHistory<R extends { changes: readonly unknown[] }>(newestFirst: readonly R[]): HistoryEntry<R>[] {
  const entries: HistoryEntry<R>[] = []
  newestFirst.forEach((record, index) => {
    const last = entries.at(-1)
    if (index === 0 || record.changes.length > 0) entries.push({ type: 'refresh', record })
    else if (last?.type === 'quiet') last.records.push(record)
    else entries.push({ type: 'quiet', records: [record] })
  })
  return entries
}

/** A refresh's changes by kind, in CHANGE_KINDS order, empty kinds left out. */
export function groupChanges(changes: readonly DatasetChange[]): { kind: ChangeKind; changes: DatasetChange[] }[] {
  return CHANGE_KINDS
    .map((kind) => ({ kind, changes: changes.filter((c) => c.kind === kind) }))
    .filter((group) => group.changes.length > 0)
}
