// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import '../../app/features'
import { useUiStore } from '../../store/ui-store'
import { changeProjectsView } from './view-state'
import { projectsHref, projectsWithFilters, readViewQuery } from './views'
import { matchRoute } from '../../registry/view'
import { registeredViews } from '../../registry/registry'

afterEach(() => { window.location.hash = '' })

describe('the Projects view\'s address', () => {
  it('is the view: a change writes it as a new history entry, typing replaces the entry', () => {
    window.history.replaceState(null, '', '#/projects?maturity=sandbox&sort=name')
    const entries = window.history.length
    changeProjectsView((v) => ({ ...v, layout: 'cards' }))
    expect(window.location.hash).toBe('#/projects?maturity=sandbox&sort=name&layout=cards')
    expect(window.history.length).toBe(entries + 1)
    changeProjectsView((v) => ({ ...v, filters: { ...v.filters, query: 'mesh' } }), 'replace')
    expect(window.location.hash).toBe('#/projects?q=mesh&maturity=sandbox&sort=name&layout=cards')
    expect(window.history.length).toBe(entries + 1)
  })

  it('two changes in one event both land', () => {
    window.history.replaceState(null, '', '#/projects?sort=name')
    changeProjectsView((v) => ({ ...v, groupBy: 'year' }))
    changeProjectsView((v) => ({ ...v, sorting: [{ id: 'accepted', desc: true }] }))
    expect(window.location.hash).toBe('#/projects?sort=-accepted&group=year')
  })

  it('from another view, opens Projects as last seen, changed', () => {
    useUiStore.getState().rememberView('maturity=incubating&sort=-accepted')
    window.history.replaceState(null, '', '#/settings')
    changeProjectsView((v) => ({ ...v, filters: { ...v.filters, query: 'proxy' } }), 'replace')
    expect(window.location.hash).toBe('#/projects?q=proxy&maturity=incubating&sort=-accepted')
  })

  it('reads a bare address as "the last one", and links other views to the filters they name', () => {
    expect(matchRoute(registeredViews(), '#/projects')?.params).toEqual({})
    expect(projectsHref()).toBe('#/projects')
    expect(projectsWithFilters({ changed: true })).toBe('#/projects?changed=1&sort=name')
    expect(projectsWithFilters({ maturity: ['sandbox'], year: ['2023'] }, { groupBy: 'category' })).toBe('#/projects?maturity=sandbox&year=2023&sort=name&group=category')
    expect(readViewQuery('maturity=sandbox&sort=-daysInStage').sorting).toEqual([{ id: 'daysInStage', desc: true }])
  })
})
