import type { SandscapeBridge } from '../../../shared/ipc/contract'
import type { HealthSourceRequest, HealthSourceResult } from '../../../shared/health/schema'
import { healthTargets } from '../../../shared/health/targets'
import type { SandscapeDb } from '../../db/database'
import { storeHealthPass, type LandscapeOutcome } from '../../db/health'
import type { HealthOutcome, RefreshRunProgress } from '../../store/refresh-store'

export interface HealthPassDeps {
  bridge: Pick<SandscapeBridge, 'fetchHealth' | 'on'>
  db: SandscapeDb
  /** The health sources switched on in Settings (none: only the landscape's figures are kept). */
  sources: HealthSourceRequest[]
  /** How the landscape download went in this refresh; undefined when it was not tried. */
  landscape?: LandscapeOutcome
  onProgress: (progress: RefreshRunProgress) => void
  now: () => Date
}

/**
 * The health part of a refresh, after the landscape's: download each source's figures for the
 * projects now on the device (in main on the desktop), then store them with every source's status
 * and a snapshot of what came fresh. It runs whether or not the landscape came through, so one
 * failing source never holds back the others. Never throws: a failure to store is reported per source.
 */
export async function runHealthPass({ bridge, db, sources, landscape, onProgress, now }: HealthPassDeps): Promise<HealthOutcome[]> {
  let results: HealthSourceResult[] = []
  if (sources.length > 0) {
    const targets = healthTargets(await db.projects.toArray())
    onProgress({ stage: 'health', done: 0, total: 0 })
    const stop = bridge.on('healthProgress', (p) => onProgress({ stage: 'health', ...p }))
    try {
      results = (await bridge.fetchHealth({ sources, targets })).results
    } catch (error) {
      const message = String((error as Error)?.message ?? error)
      results = sources.map(({ source, url }) => ({ ok: false, source, url, error: { kind: 'offline', message } }) as HealthSourceResult)
    } finally {
      stop()
    }
  }
  try {
    await storeHealthPass(db, { at: now().toISOString(), landscape, results })
  } catch (error) {
    const message = String((error as Error)?.message ?? error)
    return results.map((r) => ({ source: r.source, ok: false, error: { kind: 'bad-shape', message: `The figures could not be stored: ${message}` } }))
  }
  return results.map((r) => (r.ok ? { source: r.source, ok: true, projects: Object.keys(r.figures).length } : { source: r.source, ok: false, error: r.error }))
}
