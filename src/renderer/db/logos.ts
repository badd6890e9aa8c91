import { liveQuery } from 'dexie'
import { useSyncExternalStore } from 'react'
import { appDb, type LogoRecord, type SandscapeDb } from './database'

/** Logos older than this are downloaded again on the next refresh (upstream art changes rarely). */
export const LOGO_MAX_AGE_DAYS = 30

export interface LogoTarget {
  projectId: string
  url: string
}

/** The targets whose logo is missing, came from another URL, or is older than the max age. */
export async function staleLogos(db: SandscapeDb, targets: readonly LogoTarget[], now: Date): Promise<LogoTarget[]> {
  const stored = await db.logos.bulkGet(targets.map((t) => t.projectId))
  const oldest = now.getTime() - LOGO_MAX_AGE_DAYS * 86_400_000
  return targets.filter((target, i) => {
    const logo = stored[i]
    return !logo || logo.source !== target.url || Date.parse(logo.fetchedAt) < oldest
  })
}

export async function storeLogos(db: SandscapeDb, logos: readonly LogoRecord[]): Promise<void> {
  if (logos.length) await db.transaction('rw', db.logos, () => db.logos.bulkPut([...logos]))
}

/**
 * blob: URLs for the cached logos, shared by every avatar on screen: one live query over the
 * logos table while anything shows a logo, URLs made once per stored blob and revoked when the
 * blob is replaced or removed.
 */
function createLogoUrlStore(db: () => SandscapeDb) {
  let urls = new Map<string, { key: string; url: string }>()
  let snapshot: ReadonlyMap<string, string> = new Map()
  const listeners = new Set<() => void>()
  let subscription: { unsubscribe: () => void } | undefined

  const update = (records: LogoRecord[]) => {
    const next = new Map<string, { key: string; url: string }>()
    for (const record of records) {
      const key = `${record.source}|${record.fetchedAt}|${record.blob.size}`
      const existing = urls.get(record.projectId)
      next.set(record.projectId, existing?.key === key ? existing : { key, url: URL.createObjectURL(record.blob) })
    }
    for (const [id, entry] of urls) if (next.get(id) !== entry) URL.revokeObjectURL(entry.url)
    urls = next
    snapshot = new Map([...next].map(([id, entry]) => [id, entry.url]))
    listeners.forEach((listener) => listener())
  }

  return {
    subscribe(listener: () => void) {
      listeners.add(listener)
      subscription ??= liveQuery(() => db().logos.toArray()).subscribe({ next: update, error: () => {} })
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) {
          subscription?.unsubscribe()
          subscription = undefined
        }
      }
    },
    getSnapshot: () => snapshot,
  }
}

const logoUrls = createLogoUrlStore(appDb)

/** The blob: URL of a project's cached logo, or undefined (show the monogram). */
export function useLogoUrl(projectId: string): string | undefined {
  return useSyncExternalStore(logoUrls.subscribe, logoUrls.getSnapshot, logoUrls.getSnapshot).get(projectId)
}
