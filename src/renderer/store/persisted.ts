import { create } from 'zustand'
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import type { FieldsRead } from '../../shared/validation/fields'

/** The parts of the UI state kept in localStorage, named for the notice that reports damage. */
export type PersistedPart = 'projectsTable' | 'settings' | 'compare' | 'refresh'

/**
 * Which persisted parts came back damaged at start and were reset to defaults: the app says so
 * once it is on screen (useStorageRecoveryNotice), instead of rendering from a bad value.
 */
export const useStorageRecovery = create<{ damaged: PersistedPart[]; report: (part: PersistedPart) => void; acknowledge: () => void }>()((set) => ({
  damaged: [],
  report: (part) => set((s) => (s.damaged.includes(part) ? s : { damaged: [...s.damaged, part] })),
  acknowledge: () => set({ damaged: [] }),
}))

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * localStorage for a zustand persist store that never throws: text that is not our JSON is
 * reported and removed (the store keeps its defaults), and a full or unavailable storage only
 * means the state lives in memory until the next start.
 */
export function recoveringStorage<S>(part: PersistedPart): PersistStorage<S> {
  const storage = (): Storage | undefined => {
    try {
      return globalThis.localStorage
    } catch {
      return undefined
    }
  }
  return {
    getItem(name) {
      const text = storage()?.getItem(name)
      if (text === null || text === undefined) return null
      try {
        const value: unknown = JSON.parse(text)
        if (isObject(value) && 'state' in value) return value as StorageValue<S>
      } catch {
        // Reported below like any other damage.
      }
      useStorageRecovery.getState().report(part)
      storage()?.removeItem(name)
      return null
    },
    setItem(name, value) {
      try {
        storage()?.setItem(name, JSON.stringify(value))
      } catch {
        // Quota or privacy mode: keep going with the state in memory.
      }
    },
    removeItem(name) {
      storage()?.removeItem(name)
    },
  }
}

/**
 * Reads a stored state with `read` (field by field), reporting the part as damaged when any
 * field had to be left out. `undefined` (nothing stored yet) is not damage.
 */
export function readPersisted<T>(part: PersistedPart, persisted: unknown, read: (raw: unknown) => FieldsRead<T>): T {
  const { value, ignored } = read(persisted)
  if (ignored.length > 0) useStorageRecovery.getState().report(part)
  return value
}

/** The version is checked by the field-by-field read: any stored version goes through it. */
export const keepAnyVersion = (persisted: unknown): unknown => persisted
