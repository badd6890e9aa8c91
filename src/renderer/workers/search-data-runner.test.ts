import { describe, expect, it, vi } from 'vitest'
import { buildSearchData } from '../../shared/search/search-index'
import { buildSearchDataOffThread } from './search-data-runner'

const documents = [{ id: 'kepler', name: 'Kepler', labels: ['Observability'], texts: ['Estimates the power drawn by pods'] }]

/** A stand-in worker: answers (or fails, or stays silent) as told, and says whether it was stopped. */
function fakeWorker(behaviour: 'answer' | 'fail' | 'silent') {
  const worker = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    terminate: vi.fn(),
    postMessage(input: typeof documents) {
      if (behaviour === 'answer') queueMicrotask(() => worker.onmessage?.({ data: buildSearchData(input) } as MessageEvent))
      if (behaviour === 'fail') queueMicrotask(() => worker.onerror?.({ message: 'boom', preventDefault() {} } as unknown as ErrorEvent))
    },
  }
  return worker
}

describe('buildSearchDataOffThread', () => {
  it('answers with the worker\'s data and stops the worker', async () => {
    const worker = fakeWorker('answer')
    expect(await buildSearchDataOffThread(documents, () => worker as unknown as Worker)).toEqual(buildSearchData(documents))
    expect(worker.terminate).toHaveBeenCalled()
  })

  it('rejects when the worker fails, or stays silent past its budget, and stops it', async () => {
    const failing = fakeWorker('fail')
    await expect(buildSearchDataOffThread(documents, () => failing as unknown as Worker)).rejects.toThrow('boom')
    expect(failing.terminate).toHaveBeenCalled()
    const silent = fakeWorker('silent')
    await expect(buildSearchDataOffThread(documents, () => silent as unknown as Worker, 20)).rejects.toThrow('no answer in 20 ms')
    expect(silent.terminate).toHaveBeenCalled()
  })

  it('gives nothing where no worker can start', () => {
    expect(buildSearchDataOffThread(documents, undefined)).toBeUndefined()
    expect(buildSearchDataOffThread(documents, () => { throw new Error('forbidden') })).toBeUndefined()
  })
})
