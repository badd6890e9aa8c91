// @vitest-environment jsdom
// A file of its own: the rows shown before storing, and the preload, are the page's; here the page
// starts with nothing cached, as on a first launch.
import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { LANDSCAPE_FIXTURE_SOURCE, makeDataset, makeProject } from '../../shared/testing/fixtures'
import { EMPTY_FILTERS, filterProjects } from '../../shared/projects/filter'
import type { TableModel } from '../../shared/projects/table-snapshot'
import { appDb } from './database'
import { syncDataset } from './dataset-cache'
import { preloadTableModel, readTableModel, showBeforeStoring, useTableModel } from './table-snapshot'
import { buildSearchData, type SearchDocument } from '../../shared/search/search-index'

// A worker that answers as the real one does (the same function), in this thread.
const offThread = vi.hoisted(() => ({ calls: [] as number[] }))
vi.mock('../workers/search-data-runner', () => ({
  buildSearchDataOffThread: (documents: readonly SearchDocument[]) => {
    offThread.calls.push(documents.length)
    return Promise.resolve(buildSearchData(documents))
  },
}))

const never = () => new Promise<void>(() => {})
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const kepler = makeProject({ id: 'kepler', name: 'Kepler', highlights: [{ en: 'Estimates the power drawn by pods', ru: 'Оценивает потребление энергии подами', sources: [LANDSCAPE_FIXTURE_SOURCE] }] })

describe('a first launch\'s rows, shown before they are stored', () => {
  it('answer the preload and the view, are stored after the view has drawn them, as shown, and stay the same object', async () => {
    const dataset = makeDataset([makeProject({ id: 'sops', name: 'SOPS' }), kepler])
    const at = new Date('2026-11-26T10:00:00Z')
    const preload = preloadTableModel('en', never)
    const view = renderHook(() => useTableModel('en'))
    // Nothing cached yet: the view waits with the preload.
    await later(30)
    expect(view.result.current).toBeUndefined()

    let rendered!: () => void
    const firstRender = new Promise<void>((resolve) => { rendered = resolve })
    let shown = false
    const showing = showBeforeStoring(dataset.projects, { version: dataset.version, cachedAt: at.toISOString(), origin: 'bundled' }, () => firstRender).then(() => { shown = true })
    const model = (await preload) as TableModel
    expect(model.rows.map((r) => r.id)).toEqual(['kepler', 'sops'])
    await waitFor(() => expect(view.result.current).toBe(model))
    expect(await appDb().meta.get('dataset')).toBeUndefined()
    // It waits for the app's first render, then for the view to draw the rows (done), then a paint.
    await later(30)
    expect(shown).toBe(false)
    expect(offThread.calls).toEqual([])
    rendered()
    await showing
    // Drawn, their search index is asked of the worker at once, not when the page is next idle.
    expect(offThread.calls).toEqual([2])

    // The search works before the store; the index made is stored with the rows.
    expect(filterProjects(model.rows, { ...EMPTY_FILTERS, query: 'энергии' }).map((p) => p.id)).toEqual(['kepler'])
    await act(() => syncDataset(appDb(), dataset, () => at))
    const table = await appDb().snapshots.get('projects-table')
    expect(table?.kind === 'table' && table.search?.documentCount).toBe(2)
    expect((await appDb().meta.get('dataset'))?.cachedAt).toBe(at.toISOString())
    // Stored, the view's query answers with the very same model: nothing draws again.
    await later(50)
    expect(view.result.current).toBe(model)
    // And what is stored reads back as the rows shown.
    const stored = await readTableModel(appDb(), 'en')
    expect(stored !== 'missing' && stored?.rows.map((r) => JSON.stringify(r))).toEqual(model.rows.map((r) => JSON.stringify(r)))
    view.unmount()
  })

  it('lets the store go at once when no view reads them, and after its limit at the latest', async () => {
    const dataset = makeDataset([makeProject({ id: 'argo' })])
    const meta = { version: dataset.version, cachedAt: new Date().toISOString(), origin: 'bundled' as const }
    // The first render done and no view reading the rows (a project's page, say): no wait for them.
    await showBeforeStoring(dataset.projects, meta, async () => {})
    // The first render never reported: the limit.
    const started = Date.now()
    await showBeforeStoring(dataset.projects, { ...meta, cachedAt: new Date(Date.now() + 1).toISOString() }, never, 40)
    expect(Date.now() - started).toBeGreaterThanOrEqual(35)
  })

  it('answers in either language while unstored, each summary in its own', async () => {
    const summary = { en: 'Declarative delivery', ru: 'Декларативная доставка', sources: [LANDSCAPE_FIXTURE_SOURCE] }
    const dataset = makeDataset([makeProject({ id: 'flux', name: 'Flux', summary })])
    // A first launch again: nothing stored.
    await Promise.all([appDb().meta.clear(), appDb().projects.clear(), appDb().snapshots.clear()])
    await showBeforeStoring(dataset.projects, { version: dataset.version, cachedAt: new Date(Date.now() + 5).toISOString(), origin: 'bundled' }, async () => {})
    for (const language of ['ru', 'en'] as const) {
      const view = renderHook(() => useTableModel(language))
      await waitFor(() => expect(view.result.current?.rows.map((r) => r.summary?.[language])).toEqual([summary[language]]))
      view.unmount()
    }
  })
})
