import { create } from 'zustand'
import type { DatasetLoadError } from '../../shared/ipc/contract'

/** How the start-up dataset check went; shown in the top bar and, with no cache, full screen. */
export type DataStatus =
  | { state: 'checking' }
  | { state: 'ready'; outcome: 'created' | 'updated' | 'unchanged' }
  | { state: 'failed'; error: DatasetLoadError }

export const useDataStatus = create<{ status: DataStatus; setStatus: (status: DataStatus) => void }>()((set) => ({
  status: { state: 'checking' },
  setStatus: (status) => set({ status }),
}))
