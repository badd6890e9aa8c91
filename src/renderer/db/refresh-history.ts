import { useLiveQuery } from 'dexie-react-hooks'
import { appDb, type RefreshRecord } from './database'
import { preloadedQuery } from './preloaded-query'

// Reading the refresh history, apart from applying a refresh (refresh.ts): the Projects view reads
// it at start-up and must not load the merging code with it.

/** The diff reader (and its schema), loaded with the first read: not needed for the first paint. */
const changesReader = () => import('../../shared/dataset/diff')

/** Every remembered refresh, newest first, changes read defensively. */
export function useRefreshes(): RefreshRecord[] | undefined {
  return useLiveQuery(async () => {
    const records = await appDb().refreshes.orderBy('finishedAt').reverse().toArray()
    const { readChanges } = await changesReader()
    return records.map((record) => ({ ...record, changes: readChanges(record.changes ?? []) }))
  }, [])
}

const changedSinceRefreshQuery = preloadedQuery(async () => {
  const latest = await appDb().refreshes.orderBy('finishedAt').last()
  if (!latest?.changes?.length) return new Set<string>()
  const { changedProjectIds, readChanges } = await changesReader()
  return changedProjectIds(readChanges(latest.changes))
})

/** Ids of the projects the latest refresh changed (for the "Changed in the last refresh" filter). */
export function useChangedSinceRefresh(): ReadonlySet<string> | undefined {
  return changedSinceRefreshQuery.useValue()
}

/** Reads it before the first render (the first view's preload). */
export const preloadChangedSinceRefresh = changedSinceRefreshQuery.preload
