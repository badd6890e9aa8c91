import { afterEach, describe, expect, it, vi } from 'vitest'
import { LANDSCAPE_FIXTURE_SOURCE, makeDataset, makeProject } from '../../shared/testing/fixtures'
import { EMPTY_FILTERS, filterProjects } from '../../shared/projects/filter'
import { prepareSearch } from '../../shared/projects/project-search'
import { buildSearchData, type SearchDocument } from '../../shared/search/search-index'
import { openSandscapeDb, type SandscapeDb } from './database'
import { syncDataset } from './dataset-cache'
import { readTableModel } from './table-snapshot'

// A worker that answers as the real one does (the same function), in this thread.
const offThread = vi.hoisted(() => ({ calls: [] as number[], fail: false }))
vi.mock('../workers/search-data-runner', () => ({
  buildSearchDataOffThread: (documents: readonly SearchDocument[]) => {
    offThread.calls.push(documents.length)
    return offThread.fail ? Promise.reject(new Error('worker crashed')) : Promise.resolve(buildSearchData(documents))
  },
}))

let db: SandscapeDb
afterEach(async () => {
  offThread.calls = []
  offThread.fail = false
  await db.delete()
})

const highlight = (en: string, ru: string) => ({ en, ru, sources: [LANDSCAPE_FIXTURE_SOURCE] })
const projects = [
  makeProject({ id: 'kepler', name: 'Kepler', highlights: [highlight('Estimates the power drawn by pods', 'Оценивает потребление энергии подами')] }),
  makeProject({ id: 'sops', name: 'SOPS' }),
]

async function model() {
  const read = await readTableModel(db, 'en')
  if (!read || read === 'missing') throw new Error('no model')
  return read
}

describe('a new dataset\'s search index made in a worker', () => {
  it('is made there when the search is prepared, attached to the rows, and stored', async () => {
    db = openSandscapeDb('search-worker')
    await syncDataset(db, makeDataset(projects))
    const { rows } = await model()
    await prepareSearch(rows)
    expect(offThread.calls).toEqual([2])
    expect(filterProjects(rows, { ...EMPTY_FILTERS, query: 'энергии' }).map((p) => p.id)).toEqual(['kepler'])
    await vi.waitFor(async () => {
      const table = await db.snapshots.get('projects-table')
      expect(table?.kind === 'table' && table.search?.documentCount).toBe(2)
    })
    // Prepared again (another render), nothing is made twice.
    await prepareSearch(rows)
    expect(offThread.calls).toEqual([2])
  })

  it('is made on this thread when the worker fails, and when a search comes first', async () => {
    db = openSandscapeDb('search-worker-fails')
    offThread.fail = true
    await syncDataset(db, makeDataset(projects))
    const { rows } = await model()
    await prepareSearch(rows)
    expect(filterProjects(rows, { ...EMPTY_FILTERS, query: 'power' }).map((p) => p.id)).toEqual(['kepler'])

    await db.delete()
    db = openSandscapeDb('search-worker-late')
    offThread.fail = false
    await syncDataset(db, makeDataset(projects))
    const late = await model()
    // Typed before the search was prepared: made here at once, and the worker's answer changes nothing.
    expect(filterProjects(late.rows, { ...EMPTY_FILTERS, query: 'power' }).map((p) => p.id)).toEqual(['kepler'])
    await prepareSearch(late.rows)
    expect(filterProjects(late.rows, { ...EMPTY_FILTERS, query: 'подами' }).map((p) => p.id)).toEqual(['kepler'])
  })
})
