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
afterEach(() => { localStorage.clear() })

describe('persisted UI state (issue 8)', () => {
  it('keeps a valid stored table state', async () => {
    localStorage.setItem('sandscape.projects-table', JSON.stringify({ state: { filters: { query: 'mesh', maturity: ['graduated'] }, sorting: [{ id: 'accepted', desc: true }], columnVisibility: { summary: false } }, version: 1 }))
    const { ui, recovery } = await load()
    expect(ui.getState().filters).toMatchObject({ query: 'mesh', maturity: ['graduated'], starred: false })
    expect(ui.getState().sorting).toEqual([{ id: 'accepted', desc: true }])
    expect(ui.getState().columnVisibility).toEqual({ summary: false })
    expect(recovery.getState().damaged).toEqual([])
  })

  it('resets a table state whose query is a number and whose tags are null, and says so', async () => {
    // Thrown during render on every start: a blank window until storage was cleared by hand.
    localStorage.setItem('sandscape.projects-table', JSON.stringify({ state: { filters: { query: 42, tags: null, starred: true }, sorting: 'name' }, version: 1 }))
    const { ui, recovery } = await load()
    expect(ui.getState().filters).toMatchObject({ query: '', tags: [], maturity: ['sandbox'], starred: true })
    expect(ui.getState().sorting).toEqual([{ id: 'name', desc: false }])
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
    expect(ui.getState().filters.query).toBe('')
    expect(settings.getState()).toMatchObject({ language: 'system', theme: 'system' })
    expect(compare.getState().picks).toEqual([])
    expect(refresh.getState().urls.api).toMatch(/^https:/)
    expect(recovery.getState().damaged).toHaveLength(1)
  })
})
