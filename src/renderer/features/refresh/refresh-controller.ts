import { getBridge } from '../../bridge'
import { appDb } from '../../db/database'
import { configuredSources, useRefreshSettings } from '../../store/refresh-settings-store'
import { configuredHealthSources, useHealthSettings } from '../../store/health-settings-store'
import { useRefreshStore } from '../../store/refresh-store'
import { notifyRefreshChanges } from './notify-changes'

let controller: AbortController | undefined

/** Starts a refresh unless one is under way; its progress and outcome go to the refresh store. */
export async function startRefresh({ automatic = false }: { automatic?: boolean } = {}): Promise<void> {
  const store = useRefreshStore.getState()
  if (store.status.phase === 'running') return
  const settings = useRefreshSettings.getState()
  const sources = configuredSources(settings.urls)
  const healthSources = configuredHealthSources(useHealthSettings.getState().sources)
  const at = () => new Date().toISOString()
  if (sources.length === 0 && healthSources.length === 0) {
    store.setStatus({ phase: 'failed', at: at(), failure: { kind: 'no-source', attempts: [] } })
    return
  }
  const current = new AbortController()
  controller = current
  store.setStatus({ phase: 'running', automatic })
  // The refresh's code (downloads, merging, diffing) loads when a refresh starts, not with the app.
  const { runRefresh } = await import('./run-refresh')
  const result = await runRefresh({
    bridge: getBridge(),
    db: appDb(),
    sources,
    healthSources,
    logos: settings.logos,
    signal: current.signal,
    onProgress: (progress) => useRefreshStore.getState().setStatus({ phase: 'running', automatic, progress }),
  })
  if (controller === current) controller = undefined
  useRefreshStore.getState().setStatus(result.ok
    ? { phase: 'done', refreshId: result.record.id, changeCount: result.record.changes.length, at: at(), logos: result.record.logos, health: result.health }
    : { phase: 'failed', failure: result.failure, at: at(), health: result.health })
  if (automatic && result.ok) await notifyRefreshChanges(result.record.changes.length)
}

/** Stops the refresh under way: downloads are aborted; data already stored stays. */
export function cancelRefresh(): void {
  controller?.abort()
  void getBridge().cancelRefresh().catch(() => {})
}
