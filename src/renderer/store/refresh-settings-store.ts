import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { DEFAULT_SOURCES } from '../../shared/refresh/sources'
import { AUTO_REFRESH_DAYS, clampDays } from '../../shared/refresh/schedule'
import type { RefreshSource, SourceFormat } from '../../shared/refresh/schema'
import { isHttpUrl } from '../../shared/url'
import { aBoolean, anyValue, aNumber, aString } from '../../shared/validation/checks'
import { readFields, type FieldsRead } from '../../shared/validation/fields'
import { keepAnyVersion, readPersisted, recoveringStorage } from './persisted'

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
const SourceUrl = aString(2_000, 0, (value) => value === '' || isHttpUrl(value))

function readStoredSettings(raw: unknown): FieldsRead<Partial<RefreshSettings>> {
  const top = readFields(raw, { urls: anyValue, logos: aBoolean, autoRefresh: aBoolean, autoRefreshDays: aNumber(), notifyChanges: aBoolean })
  const { urls: storedUrls, ...value } = top.value
  const urls = readFields(storedUrls, { api: SourceUrl, yaml: SourceUrl }, 'urls')
  return {
    value: { ...value, urls: { ...DEFAULT_URLS, ...urls.value }, ...(value.autoRefreshDays === undefined ? {} : { autoRefreshDays: clampDays(value.autoRefreshDays) }) },
    ignored: [...top.ignored, ...urls.ignored],
  }
}

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
      storage: recoveringStorage('refresh'),
      partialize: ({ urls, logos, autoRefresh, autoRefreshDays, notifyChanges }) => ({ urls, logos, autoRefresh, autoRefreshDays, notifyChanges }),
      migrate: keepAnyVersion,
      // Whatever was stored, the settings come back valid: bad values fall back to defaults.
      merge: (persisted, current) => ({ ...current, ...readPersisted('refresh', persisted, readStoredSettings) }),
    },
  ),
)

/** The sources a refresh tries, in order: the API, then landscape.yml; switched-off or invalid ones left out. */
export function configuredSources(urls: Record<SourceFormat, string>): RefreshSource[] {
  return (['api', 'yaml'] as const).filter((format) => isHttpUrl(urls[format])).map((format) => ({ format, url: urls[format] }))
}
