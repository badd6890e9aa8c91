import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LANDSCAPE_FIXTURE_SOURCE, makeDataset, makeProject } from '../../shared/testing/fixtures'
import { EMPTY_FILTERS, filterProjects } from '../../shared/projects/filter'
import { tableProject } from '../../shared/projects/rows'
import { ROWS_PER_CHUNK } from '../../shared/projects/table-snapshot'
import { openSandscapeDb, SCHEMA_HISTORY, type SandscapeDb } from './database'
import { syncDataset } from './dataset-cache'
import { readTableModel, rebuildTableSnapshot } from './table-snapshot'

let db: SandscapeDb
afterEach(async () => { await db.delete() })

async function readModel(language: 'en' | 'ru' = 'en') {
  const model = await readTableModel(db, language)
  return model === 'missing' ? undefined : model
}

const summary = (en: string, ru: string) => ({ en, ru, sources: [LANDSCAPE_FIXTURE_SOURCE] })

describe('the Projects view snapshot', () => {
  it('is stored with the dataset, in chunks, and reads back as the rows and a search that knows the long texts', async () => {
    db = openSandscapeDb('snapshot-chunks')
    const projects = Array.from({ length: ROWS_PER_CHUNK + 3 }, (_, i) => makeProject({ id: `p-${i}`, name: i === 7 ? 'Vaultkeeper' : `Project ${i}`, maturity: i % 3 ? 'sandbox' : 'graduated' }))
    projects[9] = makeProject({ id: 'p-9', highlights: [summary('Rotates cluster certificates nightly', 'Меняет сертификаты кластера каждую ночь')] })
    await syncDataset(db, makeDataset(projects))
    // The index and facets, then two chunks of rows and two of each language's summaries.
    expect(await db.snapshots.count()).toBe(7)
    const model = (await readModel())!
    // In the order of the names, the table's default sort.
    const byName = [...projects].sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0))
    expect(model.rows).toEqual(byName.map((p) => tableProject(p, 'en')))
    expect(filterProjects(model.rows, { ...EMPTY_FILTERS, query: 'vaultkeep' }).map((p) => p.id)).toEqual(['p-7'])
    // Highlights are not in the rows, but the search finds them, through the filters too.
    expect(model.rows.some((row) => 'highlights' in row)).toBe(false)
    expect(filterProjects(model.rows, { ...EMPTY_FILTERS, query: 'сертификатов' }).map((p) => p.id)).toEqual(['p-9'])
    // The stored facet columns answer the filters.
    const graduated = filterProjects(model.rows, { ...EMPTY_FILTERS, maturity: ['graduated'] })
    expect(graduated).toHaveLength(projects.filter((p) => p.maturity === 'graduated').length)
    expect(graduated).toEqual(model.rows.filter((p) => p.maturity === 'graduated'))
  })

  it('is stored before its search index, which is made at the first search (or when idle) and stored then', async () => {
    db = openSandscapeDb('snapshot-search-later')
    const projects = [
      makeProject({ id: 'kepler', name: 'Kepler', highlights: [summary('Estimates the power drawn by pods', 'Оценивает потребление энергии подами')] }),
      makeProject({ id: 'sops', name: 'SOPS' }),
    ]
    await syncDataset(db, makeDataset(projects))
    // The rows are there at once, without the index.
    const table = await db.snapshots.get('projects-table')
    expect(table?.kind === 'table' && table.search).toBeUndefined()
    const model = (await readModel())!
    expect(model.rows.map((r) => r.id)).toEqual(['kepler', 'sops'])
    // The first search makes it from the whole projects (highlights in both languages), then it is stored.
    expect(filterProjects(model.rows, { ...EMPTY_FILTERS, query: 'энергии' }).map((p) => p.id)).toEqual(['kepler'])
    await vi.waitFor(async () => {
      const stored = await db.snapshots.get('projects-table')
      expect(stored?.kind === 'table' && stored.search?.documentCount).toBe(2)
    })
    // A model read later (another language) takes the stored index.
    expect(filterProjects((await readModel('ru'))!.rows, { ...EMPTY_FILTERS, query: 'power' }).map((p) => p.id)).toEqual(['kepler'])
  })

  it('searches with an index it could not store (a closed database, a full disk), and leaves the stored snapshot as it was', async () => {
    db = openSandscapeDb('snapshot-search-unstored')
    await syncDataset(db, makeDataset([makeProject({ id: 'kepler', highlights: [summary('Estimates the power drawn by pods', 'Оценивает энергию')] })]))
    const model = (await readModel())!
    db.close()
    // Made and searched; storing it fails quietly.
    expect(filterProjects(model.rows, { ...EMPTY_FILTERS, query: 'power' }).map((p) => p.id)).toEqual(['kepler'])
    await new Promise((resolve) => setTimeout(resolve, 50))
    await db.open()
    const table = await db.snapshots.get('projects-table')
    expect(table?.kind === 'table' && table.search).toBeUndefined()
  })

  it('is made again whole when a session ended before its search index was made', async () => {
    db = openSandscapeDb('snapshot-search-lost')
    await syncDataset(db, makeDataset([makeProject({ id: 'kepler', highlights: [summary('Estimates the power drawn by pods', 'Оценивает энергию')] })]))
    // A new session: this module's memory of the index to make is gone.
    vi.resetModules()
    const fresh = await import('./table-snapshot')
    const { filterProjects: filterFresh } = await import('../../shared/projects/filter')
    expect(await fresh.readTableModel(db, 'en')).toBe('missing')
    await fresh.rebuildTableSnapshot(db)
    const table = await db.snapshots.get('projects-table')
    expect(table?.kind === 'table' && table.search?.documentCount).toBe(1)
    const model = await fresh.readTableModel(db, 'en')
    expect(model !== 'missing' && model && filterFresh(model.rows, { ...EMPTY_FILTERS, query: 'power' }).map((p) => p.id)).toEqual(['kepler'])
  })

  it('keeps the summary in the UI language only', async () => {
    db = openSandscapeDb('snapshot-language')
    await syncDataset(db, makeDataset([makeProject({ id: 'alpha', summary: summary('Runs things', 'Запускает') })]))
    expect((await readModel('ru'))!.rows[0].summary).toEqual({ en: '', ru: 'Запускает' })
    expect((await readModel('en'))!.rows[0].summary).toEqual({ en: 'Runs things', ru: '' })
  })

  it('is made again from the cached projects when missing (a cache stored before snapshots)', async () => {
    db = openSandscapeDb('snapshot-rebuild')
    await syncDataset(db, makeDataset([makeProject({ id: 'alpha' }), makeProject({ id: 'beta' })]))
    await db.snapshots.clear()
    expect(await readModel()).toBeUndefined()
    await rebuildTableSnapshot(db)
    expect((await readModel())!.rows.map((r) => r.id)).toEqual(['alpha', 'beta'])
  })

  it('is made after an upgrade from version 3 without touching the user\'s records', async () => {
    const name = 'snapshot-upgrade'
    const old = new Dexie(name)
    for (const step of SCHEMA_HISTORY.filter((s) => s.version <= 3)) old.version(step.version).stores(step.stores)
    await old.open()
    const dataset = makeDataset([makeProject({ id: 'headlamp' })])
    await old.table('projects').bulkPut(dataset.projects)
    await old.table('meta').put({ key: 'dataset', version: dataset.version, schemaVersion: dataset.schemaVersion, generatedAt: dataset.generatedAt, source: dataset.source, projectCount: 1, cachedAt: '2026-10-01T10:00:00.000Z' })
    await old.table('notes').put({ projectId: 'headlamp', markdown: 'Keep me', createdAt: '2026-10-01T10:00:00.000Z', updatedAt: '2026-10-01T10:00:00.000Z' })
    old.close()
    db = openSandscapeDb(name)
    await rebuildTableSnapshot(db)
    expect((await readModel())!.rows.map((r) => r.id)).toEqual(['headlamp'])
    expect(await db.notes.toArray()).toEqual([expect.objectContaining({ projectId: 'headlamp', markdown: 'Keep me' })])
  })

  it('changes with every new copy of the data, so an old snapshot is never read', async () => {
    db = openSandscapeDb('snapshot-stamp')
    await syncDataset(db, makeDataset([makeProject({ id: 'alpha' })]))
    const first = (await db.snapshots.get('projects-table'))!.stamp
    await syncDataset(db, makeDataset([makeProject({ id: 'alpha' }), makeProject({ id: 'beta' })]))
    expect((await db.snapshots.get('projects-table'))!.stamp).not.toBe(first)
    expect((await readModel())!.rows.map((r) => r.id)).toEqual(['alpha', 'beta'])
  })
})
