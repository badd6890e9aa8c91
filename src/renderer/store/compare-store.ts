import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { addPick, MAX_COMPARE, movePick } from '../../shared/compare/compare'
import { anArray, aString } from '../../shared/validation/checks'
import { readFields } from '../../shared/validation/fields'
import { keepAnyVersion, readPersisted, recoveringStorage } from './persisted'

const storedFields = { picks: anArray(aString(200, 1), MAX_COMPARE) }

interface CompareState {
  /** Project ids picked for comparison, in column order. */
  picks: string[]
  /** Adds a pick; false when six are already picked (the caller tells the user). */
  add: (id: string) => boolean
  remove: (id: string) => void
  toggle: (id: string) => boolean
  move: (id: string, delta: number) => void
  replace: (ids: string[]) => void
  clear: () => void
}

export const useCompareStore = create<CompareState>()(
  persist(
    (set, get) => ({
      picks: [],
      add: (id) => {
        const result = addPick(get().picks, id)
        if (result.added) set({ picks: result.picks })
        return !result.full
      },
      remove: (id) => set((s) => ({ picks: s.picks.filter((p) => p !== id) })),
      toggle: (id) => {
        if (get().picks.includes(id)) {
          get().remove(id)
          return true
        }
        return get().add(id)
      },
      move: (id, delta) => set((s) => ({ picks: movePick(s.picks, s.picks.indexOf(id), delta) })),
      replace: (ids) => set({ picks: [...new Set(ids)].slice(0, MAX_COMPARE) }),
      clear: () => set({ picks: [] }),
    }),
    {
      name: 'sandscape.compare',
      version: 1,
      storage: recoveringStorage('compare'),
      partialize: ({ picks }) => ({ picks }),
      migrate: keepAnyVersion,
      merge: (persisted, current) => ({ ...current, ...readPersisted('compare', persisted, (raw) => readFields(raw, storedFields)) }),
    },
  ),
)
