import type { SandscapeBridge } from '../../../shared/ipc/contract'
import { logoSourceUrl } from '../../../shared/refresh/logo'
import { RefreshRejectedError } from '../../../shared/refresh/merge'
import type { RefreshSource, SourceAttempt } from '../../../shared/refresh/schema'
import type { HealthSourceRequest } from '../../../shared/health/schema'
import type { RefreshRecord, SandscapeDb, LogoRecord } from '../../db/database'
import { readCachedDataset } from '../../db/dataset-cache'
import { staleLogos, storeLogos } from '../../db/logos'
import { applyRefresh, recordLogoPass } from '../../db/refresh'
import type { LandscapeOutcome } from '../../db/health'
import type { HealthOutcome, RefreshFailure, RefreshRunProgress } from '../../store/refresh-store'
import { runHealthPass } from '../health/run-health'

export interface RunRefreshDeps {
  bridge: Pick<SandscapeBridge, 'fetchLandscape' | 'fetchLogo' | 'fetchHealth' | 'loadDataset' | 'on'>
  db: SandscapeDb
  sources: RefreshSource[]
  /** The health sources to read after the landscape (issue 14); none by default. */
  healthSources?: HealthSourceRequest[]
  /** Download logos after the data. */
  logos: boolean
  signal: AbortSignal
  onProgress: (progress: RefreshRunProgress) => void
  now?: () => Date
}

export type RefreshRunResult =
  | { ok: true; record: RefreshRecord; health: HealthOutcome[] }
  | { ok: false; failure: RefreshFailure; health: HealthOutcome[] }

/** Logos downloaded at once: quick on a good line, gentle on the server. */
const LOGO_CONCURRENCY = 4
/** Logos stored per write. */
const LOGO_BATCH = 16

/** One headline for several failed sources: offline only if no source could be reached at all. */
export function summarizeAttempts(attempts: SourceAttempt[]): RefreshFailure {
  const kinds = attempts.map((a) => a.error.kind)
  const kind = kinds.includes('cancelled') ? 'cancelled' : kinds.every((k) => k === 'offline') ? 'offline' : kinds[0]
  return { kind, attempts }
}

/**
 * One refresh, start to end: the landscape (download, in main on the desktop, with progress
 * events; merge and store in one transaction), then the health sources, each on its own, whether
 * or not the landscape came through, then the logos that are missing or stale. Any landscape
 * failure before its transaction commits leaves the data exactly as it was. Never throws.
 */
export async function runRefresh(deps: RunRefreshDeps): Promise<RefreshRunResult> {
  const { signal, now = () => new Date() } = deps
  const landscape = await refreshLandscape(deps, now)
  if (landscape.ok === false && landscape.failure.kind === 'cancelled') return { ...landscape, health: [] }
  const health = signal.aborted ? [] : await runHealthPass({
    bridge: deps.bridge, db: deps.db, sources: deps.healthSources ?? [], onProgress: deps.onProgress, now, landscape: landscapeOutcome(deps, landscape),
  })
  if (!landscape.ok) return { ...landscape, health }
  let record = landscape.record
  if (deps.logos && !signal.aborted) {
    const logos = await refreshLogos(deps, now)
    await recordLogoPass(deps.db, record.id, logos)
    record = { ...record, logos }
  }
  return { ok: true, record, health }
}

/** The landscape's line in the sources' statuses. */
function landscapeOutcome(deps: RunRefreshDeps, result: LandscapeResult): LandscapeOutcome | undefined {
  if (result.ok) return { ok: true, url: result.record.sourceUrl, projects: result.record.projectCount ?? 0 }
  const last = result.failure.attempts.at(-1)
  const url = last?.url ?? deps.sources[0]?.url
  if (!url) return undefined
  return { ok: false, url, error: last?.error ?? { kind: result.failure.kind === 'storage' || result.failure.kind === 'no-source' ? 'bad-shape' : result.failure.kind, message: result.failure.message ?? '' } }
}

type LandscapeResult = { ok: true; record: RefreshRecord } | { ok: false; failure: RefreshFailure }

async function refreshLandscape(deps: RunRefreshDeps, now: () => Date): Promise<LandscapeResult> {
  const { bridge, db, signal, onProgress } = deps
  // Landscape switched off in Settings: the health sources may still run.
  if (deps.sources.length === 0) return { ok: false, failure: { kind: 'no-source', attempts: [] } }
  const stopListening = bridge.on('refreshProgress', onProgress)
  let fetched
  try {
    fetched = await bridge.fetchLandscape({ sources: deps.sources })
  } catch (error) {
    return { ok: false, failure: { kind: 'offline', attempts: [], message: String((error as Error)?.message ?? error) } }
  } finally {
    stopListening()
  }
  if (!fetched.ok) return { ok: false, failure: summarizeAttempts(fetched.failedAttempts) }
  if (signal.aborted) return { ok: false, failure: { kind: 'cancelled', attempts: [] } }

  onProgress({ stage: 'apply' })
  // The bundled dataset carries the newest curated words; without it, the cached ones serve.
  const bundled = await bridge.loadDataset().catch(() => undefined)
  let record: RefreshRecord
  try {
    record = await applyRefresh(db, { fetched, bundled: bundled?.ok ? bundled.dataset : undefined, now })
  } catch (error) {
    if (error instanceof RefreshRejectedError) return { ok: false, failure: { kind: 'bad-shape', attempts: [], message: error.message } }
    const quota = (error as Error)?.name === 'QuotaExceededError' || (error as { inner?: Error })?.inner?.name === 'QuotaExceededError'
    return { ok: false, failure: { kind: 'storage', attempts: [], message: quota ? 'There is not enough disk space to store the new data.' : String((error as Error)?.message ?? error) } }
  }

  return { ok: true, record }
}

/** Downloads the logos the cache lacks (each URL once), storing them in small batches. */
async function refreshLogos({ bridge, db, signal, onProgress }: RunRefreshDeps, now: () => Date): Promise<NonNullable<RefreshRecord['logos']>> {
  const dataset = await readCachedDataset(db)
  const counts = { stored: 0, refused: 0, failed: 0 }
  if (!dataset) return counts
  const targets = dataset.projects.flatMap((p) => {
    const url = logoSourceUrl(p.logo, dataset.source)
    return url ? [{ projectId: p.id, url }] : []
  })
  const byUrl = new Map<string, string[]>()
  for (const { projectId, url } of await staleLogos(db, targets, now())) byUrl.set(url, [...(byUrl.get(url) ?? []), projectId])
  const queue = [...byUrl]
  const total = queue.length
  let done = 0
  let batch: LogoRecord[] = []
  const flush = async () => {
    const records = batch
    batch = []
    await storeLogos(db, records)
  }
  onProgress({ stage: 'logos', done, total })
  const worker = async () => {
    for (let next = queue.shift(); next && !signal.aborted; next = queue.shift()) {
      const [url, projectIds] = next
      const result = await bridge.fetchLogo({ url }).catch(() => undefined)
      if (result?.ok) {
        const blob = new Blob([result.bytes], { type: result.mime })
        const fetchedAt = now().toISOString()
        batch.push(...projectIds.map((projectId) => ({ projectId, source: url, blob, fetchedAt })))
        counts.stored += projectIds.length
        if (batch.length >= LOGO_BATCH) await flush()
      } else if (result && (result.error.kind === 'unsafe' || result.error.kind === 'wrong-type' || result.error.kind === 'too-large')) {
        counts.refused += projectIds.length
      } else if (result?.error.kind !== 'cancelled') {
        counts.failed += projectIds.length
      }
      onProgress({ stage: 'logos', done: ++done, total })
    }
  }
  await Promise.all(Array.from({ length: Math.min(LOGO_CONCURRENCY, total) }, worker))
  await flush()
  return counts
}
