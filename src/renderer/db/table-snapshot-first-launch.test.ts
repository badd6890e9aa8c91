// A file of its own: the preload is read once per page, and here the page starts with nothing cached.
import { describe, expect, it } from 'vitest'
import { makeDataset, makeProject } from '../../shared/testing/fixtures'
import type { TableModel } from '../../shared/projects/table-snapshot'
import { datasetSettled, useDataStatus } from '../store/data-status-store'
import { appDb } from './database'
import { syncDataset } from './dataset-cache'
import { preloadTableModel } from './table-snapshot'

describe('the Projects model preloaded on a first launch', () => {
  it('waits for the bundled dataset to be stored and reads it then, instead of answering "nothing cached"', async () => {
    let done = false
    const preload = preloadTableModel('en', datasetSettled).then((model) => { done = true; return model as TableModel })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(done).toBe(false)

    await syncDataset(appDb(), makeDataset(['kepler', 'sops'].map((id) => makeProject({ id }))))
    useDataStatus.getState().setStatus({ state: 'ready', outcome: 'created' })
    expect((await preload).rows.map((r) => r.id)).toEqual(['kepler', 'sops'])
  })
})

describe('datasetSettled', () => {
  it('resolves at once when the check has an outcome, and on the outcome when it has not', async () => {
    useDataStatus.getState().setStatus({ state: 'failed', error: { code: 'unreadable', message: 'x' } })
    await datasetSettled()
    useDataStatus.getState().setStatus({ state: 'checking' })
    let settled = false
    const waiting = datasetSettled().then(() => { settled = true })
    await Promise.resolve()
    expect(settled).toBe(false)
    useDataStatus.getState().setStatus({ state: 'ready', outcome: 'unchanged' })
    await waiting
    expect(settled).toBe(true)
  })
})
