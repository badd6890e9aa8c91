import { useCallback, useEffect } from 'react'
import { getBridge } from '../bridge'
import { appDb } from '../db/database'
import { syncDataset } from '../db/dataset-cache'
import { useDataStatus } from '../store/data-status-store'

/**
 * The start-up sequence: the UI already renders from the IndexedDB cache; meanwhile the
 * bundled dataset is asked for and, when its version differs, replaces the cached one.
 */
export function useDatasetBootstrap(): { retry: () => void } {
  const setStatus = useDataStatus((s) => s.setStatus)
  const run = useCallback(async () => {
    setStatus({ state: 'checking' })
    try {
      const result = await getBridge().loadDataset()
      if (!result.ok) {
        setStatus({ state: 'failed', error: result.error })
        return
      }
      const outcome = await syncDataset(appDb(), result.dataset)
      setStatus({ state: 'ready', outcome })
    } catch (error) {
      const name = (error as Error)?.name
      const message = name === 'QuotaExceededError'
        ? 'There is not enough disk space to store the dataset.'
        : 'The dataset could not be stored on this device.'
      setStatus({ state: 'failed', error: { code: 'unreadable', message, detail: String((error as Error)?.message ?? error) } })
    }
  }, [setStatus])

  useEffect(() => {
    void run()
  }, [run])

  return { retry: () => void run() }
}
