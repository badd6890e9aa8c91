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

/** Resolves once the start-up check has an outcome: the dataset is stored (or known to be), or could not be. */
export function datasetSettled(): Promise<void> {
  return new Promise((resolve) => {
    const settled = (status: DataStatus) => status.state !== 'checking'
    if (settled(useDataStatus.getState().status)) return resolve()
    const unsubscribe = useDataStatus.subscribe(({ status }) => {
      if (settled(status)) { unsubscribe(); resolve() }
    })
  })
}
