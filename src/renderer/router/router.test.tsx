// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import { defineView } from '../registry/view'
import { registerFeatures } from '../registry/registry'
import { navigate, replaceRoute, useRoute, useRouteSelection } from './router'

const listView = defineView<{ q: string }>({
  id: 'list', path: '/list', isDefault: true,
  params: { parse: (_path, query) => ({ q: query.get('q') ?? '' }), serialize: ({ q }) => ({ query: new URLSearchParams(q ? { q } : {}) }) },
  load: async () => ({ default: () => null }),
})
const otherView = defineView({ id: 'other', path: '/other', load: async () => ({ default: () => null }) })
registerFeatures([{ id: 'test', views: [listView, otherView] }])
afterEach(() => {
  cleanup()
  window.history.replaceState(null, '', '#/list')
})

const renders = { shell: 0, view: 0 }

function Shell() {
  renders.shell++
  const id = useRouteSelection((route) => route.view.id)
  return <p data-testid="shell">{id}</p>
}

function Params() {
  renders.view++
  const { params } = useRoute()
  return <p data-testid="params">{(params as { q?: string }).q ?? ''}</p>
}

describe('the address', () => {
  it('re-renders a reader of the view only when the view changes, a reader of the route on every change', () => {
    window.history.replaceState(null, '', '#/list')
    renders.shell = renders.view = 0
    render(<><Shell /><Params /></>)
    const shellAtStart = renders.shell
    const viewAtStart = renders.view
    // Typing into the address: the parameters change, the view does not.
    act(() => replaceRoute('#/list?q=k'))
    act(() => replaceRoute('#/list?q=ke'))
    expect(screen.getByTestId('params').textContent).toBe('ke')
    expect(renders.view).toBe(viewAtStart + 2)
    expect(renders.shell).toBe(shellAtStart)
    // Another view: both follow, in the same render.
    act(() => navigate('#/other'))
    expect(screen.getByTestId('shell').textContent).toBe('other')
    expect(renders.shell).toBe(shellAtStart + 1)
  })

  it('reads a change made between the first render and the subscription', () => {
    window.history.replaceState(null, '', '#/list')
    function Early() {
      const id = useRouteSelection((route) => route.view.id)
      // Changed during the first render, before any effect subscribed.
      if (id === 'list' && window.location.hash === '#/list') window.history.replaceState(null, '', '#/other')
      return <p data-testid="early">{id}</p>
    }
    render(<Early />)
    expect(screen.getByTestId('early').textContent).toBe('other')
  })

  it('follows the browser\'s own changes (Back, a typed address)', () => {
    render(<Shell />)
    act(() => {
      window.history.replaceState(null, '', '#/other')
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(screen.getByTestId('shell').textContent).toBe('other')
  })
})
