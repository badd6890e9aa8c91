// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// Each test loads the stores afresh, as the app does at start, over what localStorage holds.
const load = async () => ({
  ui: (await import('./ui-store')).useUiStore,
  settings: (await import('./settings-store')).useSettingsStore,
  compare: (await import('./compare-store')).useCompareStore,
  refresh: (await import('./refresh-settings-store')).useRefreshSettings,
  recovery: (await import('./persisted')).useStorageRecovery,
})

beforeEach(() => { localStorage.clear(); vi.resetModules() })

/** The remembered Projects view, as its link's query reads. */
const lastView = (state: { lastViewQuery: string }) => Object.fromEntries(new URLSearchParams(state.lastViewQuery))
afterEach(() => { localStorage.clear() })

describe('persisted UI state (issue 8)', () => {
  it('keeps a valid stored table state', async () => {
    localStorage.setItem('sandscape.projects-table', JSON.stringify({ state: { filters: { query: 'mesh', maturity: ['graduated'] }, sorting: [{ id: 'accepted', desc: true }], columnVisibility: { summary: false } }, version: 1 }))
    const { ui, recovery } = await load()
    // A version 1 state: its filters and sort become the view's query.
    expect(lastView(ui.getState())).toEqual({ q: 'mesh', maturity: 'graduated', sort: '-accepted' })
    expect(ui.getState().columnVisibility).toEqual({ summary: false })
    expect(recovery.getState().damaged).toEqual([])
  })

  it('resets a table state whose query is a number and whose tags are null, and says so', async () => {
    // Thrown during render on every start: a blank window until storage was cleared by hand.
    localStorage.setItem('sandscape.projects-table', JSON.stringify({ state: { filters: { query: 42, tags: null, starred: true }, sorting: 'name' }, version: 1 }))
    const { ui, recovery } = await load()
    expect(lastView(ui.getState())).toEqual({ maturity: 'sandbox', starred: '1', sort: 'name' })
    expect(recovery.getState().damaged).toEqual(['projectsTable'])
  })

  it('keeps a valid stored view and widths, and drops a damaged width alone', async () => {
    localStorage.setItem('sandscape.projects-table', JSON.stringify({ state: { lastViewQuery: 'maturity=sandbox&sort=-accepted&layout=cards', columnVisibility: { tags: true }, columnSizing: { name: 220, summary: 'wide' } }, version: 2 }))
    const { ui, recovery } = await load()
    expect(lastView(ui.getState())).toEqual({ maturity: 'sandbox', sort: '-accepted', layout: 'cards' })
    expect(ui.getState().columnVisibility).toEqual({ tags: true })
    // One bad width costs the whole record of widths (it is read as one field), never the view.
    expect(ui.getState().columnSizing).toEqual({})
    expect(recovery.getState().damaged).toEqual(['projectsTable'])
  })

  it.each([
    ['sandscape.projects-table', '{"state":{"filters":'],
    ['sandscape.settings', 'not json'],
    ['sandscape.compare', '[[[['],
    ['sandscape.refresh', '{"state":{"urls":{"api":"javascript:alert(1)"},"autoRefreshDays":"x"},"version":1}'],
    ['sandscape.settings', '{"state":{"language":"klingon","theme":{"a":1}},"version":1}'],
  ])('starts from defaults when %s holds %s, and says so', async (key, stored) => {
    localStorage.setItem(key, stored)
    const { ui, settings, compare, refresh, recovery } = await load()
    expect(lastView(ui.getState())).toEqual({ maturity: 'sandbox', sort: 'name' })
    expect(settings.getState()).toMatchObject({ language: 'system', theme: 'system' })
    expect(compare.getState().picks).toEqual([])
    expect(refresh.getState().urls.api).toMatch(/^https:/)
    expect(recovery.getState().damaged).toHaveLength(1)
  })
})
