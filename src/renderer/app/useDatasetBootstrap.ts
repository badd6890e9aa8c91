import { useCallback, useEffect } from 'react'
import { getBridge } from '../bridge'
import { cacheHoldsBundled } from '../db/bundled-check'
import { appDb } from '../db/database'
import { showBeforeStoring } from '../db/table-snapshot'
import { useDataStatus } from '../store/data-status-store'
import { afterFirstContent, afterFirstRender } from '../store/first-content'

/**
 * The start-up sequence: the UI renders from the IndexedDB cache; once its first rows are on
 * screen, main is asked which version the bundled dataset is (read from the file's first bytes),
 * and only when it differs from the cached one is the whole dataset read, validated and stored.
 * With nothing cached (a first launch), its rows are shown first and stored then.
 */
async function bootstrap(): Promise<void> {
  const { setStatus } = useDataStatus.getState()
  setStatus({ state: 'checking' })
  try {
    const bridge = getBridge()
    const cached = await appDb().meta.get('dataset')
    if (cached) {
      // The check neither delays the cached rows nor loads its code before them.
      await afterFirstContent()
      const bundled = await bridge.datasetVersion()
      if (bundled.ok && cacheHoldsBundled(cached, bundled)) {
        setStatus({ state: 'ready', outcome: 'unchanged' })
        return
      }
    }
    // Storing (and the merge code it needs) loads beside the dataset, not before the first paint.
    const storing = import('../db/dataset-cache')
    storing.catch(() => undefined)
    const result = await bridge.loadDataset()
    if (!result.ok) {
      setStatus({ state: 'failed', error: result.error })
      return
    }
    const { syncDataset } = await storing
    // A first launch shows the rows before storing them, as they will be stored (same moment),
    // then stores them a batch at a time: the rows on screen answer meanwhile.
    const at = new Date()
    if (!cached) await showBeforeStoring(result.dataset.projects, { version: result.dataset.version, cachedAt: at.toISOString(), origin: 'bundled' }, afterFirstRender)
    const outcome = await syncDataset(appDb(), result.dataset, () => at, { paced: !cached })
    setStatus({ state: 'ready', outcome })
  } catch (error) {
    const name = (error as Error)?.name
    const message = name === 'QuotaExceededError'
      ? 'There is not enough disk space to store the dataset.'
      : 'The dataset could not be stored on this device.'
    setStatus({ state: 'failed', error: { code: 'unreadable', message, detail: String((error as Error)?.message ?? error) } })
  }
}

let started: Promise<void> | undefined

/**
 * Starts the sequence once per page (main.tsx calls it before the first render: on a first
 * launch, the dataset then loads while the app's code does); later calls share that run.
 */
export function startDatasetBootstrap(): Promise<void> {
  started ??= bootstrap()
  return started
}

/** The sequence for the shell: started if main has not, and `retry` (after a failure) runs it again. */
export function useDatasetBootstrap(): { retry: () => void } {
  useEffect(() => {
    void startDatasetBootstrap()
  }, [])
  return { retry: useCallback(() => { started = bootstrap() }, []) }
}
