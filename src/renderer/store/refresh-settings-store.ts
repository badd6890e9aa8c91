import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { DEFAULT_SOURCES } from '../../shared/refresh/fetch-landscape'
import { AUTO_REFRESH_DAYS, clampDays } from '../../shared/refresh/schedule'
import type { RefreshSource, SourceFormat } from '../../shared/refresh/schema'
import { isHttpUrl } from '../../shared/url'

export interface RefreshSettings {
  /** Source URL per format; an empty string means "do not use this source". */
  urls: Record<SourceFormat, string>
  /** Download project logos after a refresh. */
  logos: boolean
  /** Refresh at start when the data is older than `autoRefreshDays`. */
  autoRefresh: boolean
  autoRefreshDays: number
  /** Desktop: a system notification when an automatic refresh finds changes (opt-in). */
  notifyChanges: boolean
}

interface RefreshSettingsState extends RefreshSettings {
  setUrl: (format: SourceFormat, url: string) => void
  resetUrls: () => void
  setLogos: (logos: boolean) => void
  setAutoRefresh: (autoRefresh: boolean) => void
  setAutoRefreshDays: (days: number) => void
  setNotifyChanges: (notifyChanges: boolean) => void
}

export const DEFAULT_URLS: Record<SourceFormat, string> = Object.fromEntries(DEFAULT_SOURCES.map((s) => [s.format, s.url])) as Record<SourceFormat, string>

export const DEFAULT_REFRESH_SETTINGS: RefreshSettings = {
  urls: DEFAULT_URLS,
  logos: true,
  // Off by default: the app works offline and only goes online when the user asks.
  autoRefresh: false,
  autoRefreshDays: AUTO_REFRESH_DAYS.default,
  notifyChanges: false,
}

/** A stored URL is kept only when it is empty (source switched off) or http(s). */
const validUrl = (value: unknown, fallback: string): string =>
  typeof value === 'string' && (value === '' || isHttpUrl(value)) ? value : fallback

/** Where a refresh reads from and when it runs by itself; survives restarts (localStorage). */
export const useRefreshSettings = create<RefreshSettingsState>()(
  persist(
    (set) => ({
      ...DEFAULT_REFRESH_SETTINGS,
      setUrl: (format, url) => set((s) => ({ urls: { ...s.urls, [format]: url.trim() } })),
      resetUrls: () => set({ urls: DEFAULT_URLS }),
      setLogos: (logos) => set({ logos }),
      setAutoRefresh: (autoRefresh) => set({ autoRefresh }),
      setAutoRefreshDays: (days) => set({ autoRefreshDays: clampDays(days) }),
      setNotifyChanges: (notifyChanges) => set({ notifyChanges }),
    }),
    {
      name: 'sandscape.refresh',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ urls, logos, autoRefresh, autoRefreshDays, notifyChanges }) => ({ urls, logos, autoRefresh, autoRefreshDays, notifyChanges }),
      // Whatever was stored, the settings come back valid: bad values fall back to defaults.
      merge: (persisted, current) => {
        const p = (persisted ?? {}) as Partial<RefreshSettings>
        const urls = (p.urls ?? {}) as Partial<Record<SourceFormat, unknown>>
        return {
          ...current,
          urls: { api: validUrl(urls.api, DEFAULT_URLS.api), yaml: validUrl(urls.yaml, DEFAULT_URLS.yaml) },
          logos: typeof p.logos === 'boolean' ? p.logos : current.logos,
          autoRefresh: typeof p.autoRefresh === 'boolean' ? p.autoRefresh : current.autoRefresh,
          autoRefreshDays: typeof p.autoRefreshDays === 'number' ? clampDays(p.autoRefreshDays) : current.autoRefreshDays,
          notifyChanges: typeof p.notifyChanges === 'boolean' ? p.notifyChanges : current.notifyChanges,
        }
      },
    },
  ),
)

/** The sources a refresh tries, in order: the API, then landscape.yml; switched-off or invalid ones left out. */
export function configuredSources(urls: Record<SourceFormat, string>): RefreshSource[] {
  return (['api', 'yaml'] as const).filter((format) => isHttpUrl(urls[format])).map((format) => ({ format, url: urls[format] }))
}
