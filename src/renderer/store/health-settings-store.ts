import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { DEFAULT_HEALTH_URLS } from '../../shared/health/default-urls'
import { HEALTH_SOURCES } from '../../shared/health/constants'
import type { HealthSourceId, HealthSourceRequest } from '../../shared/health/schema'
import { isHttpUrl } from '../../shared/url'

export interface HealthSourceSetting {
  /** Read this source on refresh. */
  enabled: boolean
  /** Its base URL: the public site, or a mirror on an air-gapped network. */
  url: string
}

interface HealthSettingsState {
  sources: Record<HealthSourceId, HealthSourceSetting>
  setEnabled: (source: HealthSourceId, enabled: boolean) => void
  setUrl: (source: HealthSourceId, url: string) => void
  resetUrls: () => void
}

export const DEFAULT_HEALTH_SETTINGS: Record<HealthSourceId, HealthSourceSetting> =
  Object.fromEntries(HEALTH_SOURCES.map((s) => [s, { enabled: true, url: DEFAULT_HEALTH_URLS[s] }])) as Record<HealthSourceId, HealthSourceSetting>

/**
 * Which health sources a refresh reads, and from where; survives restarts (localStorage). Each is
 * on by default and runs only when a refresh does (Refresh now, or the automatic one if enabled).
 */
export const useHealthSettings = create<HealthSettingsState>()(
  persist(
    (set) => ({
      sources: DEFAULT_HEALTH_SETTINGS,
      setEnabled: (source, enabled) => set((s) => ({ sources: { ...s.sources, [source]: { ...s.sources[source], enabled } } })),
      setUrl: (source, url) => set((s) => ({ sources: { ...s.sources, [source]: { ...s.sources[source], url: url.trim() } } })),
      resetUrls: () => set((s) => ({ sources: Object.fromEntries(HEALTH_SOURCES.map((id) => [id, { ...s.sources[id], url: DEFAULT_HEALTH_URLS[id] }])) as Record<HealthSourceId, HealthSourceSetting> })),
    }),
    {
      name: 'sandscape.health-sources',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ sources }) => ({ sources }),
      // Whatever was stored, each source comes back valid: bad values fall back to its defaults.
      merge: (persisted, current) => {
        const stored = ((persisted ?? {}) as { sources?: Partial<Record<HealthSourceId, Partial<HealthSourceSetting>>> }).sources ?? {}
        const sources = Object.fromEntries(HEALTH_SOURCES.map((id) => {
          const s = stored[id] ?? {}
          return [id, {
            enabled: typeof s.enabled === 'boolean' ? s.enabled : DEFAULT_HEALTH_SETTINGS[id].enabled,
            url: typeof s.url === 'string' && isHttpUrl(s.url) ? s.url : DEFAULT_HEALTH_SETTINGS[id].url,
          }]
        })) as Record<HealthSourceId, HealthSourceSetting>
        return { ...current, sources }
      },
    },
  ),
)

/** The sources a refresh reads: switched on, with a valid URL. */
export function configuredHealthSources(sources: Record<HealthSourceId, HealthSourceSetting>): HealthSourceRequest[] {
  return HEALTH_SOURCES.filter((id) => sources[id].enabled && isHttpUrl(sources[id].url)).map((id) => ({ source: id, url: sources[id].url }))
}
