import { useEffect, useMemo, useRef } from 'react'
import type { ProjectsViewState } from '../../../shared/projects/view-query'
import { keepUnchanged, viewQueryText } from '../../../shared/projects/view-query'
import { registeredViews } from '../../registry/registry'
import { matchRoute } from '../../registry/view'
import { navigate, replaceRoute, useHash } from '../../router/router'
import { useSavedViews } from '../../db/saved-views'
import { useUiStore } from '../../store/ui-store'
import { openSavedView } from './saved-view-entries'
import { projectsHref, projectsView, readViewQuery, type ProjectsViewParams } from './views'

/*
 * One source of truth for what the Projects view shows: its address. Every change writes the
 * address (a history entry, so Back undoes it; typing replaces the entry instead). The ui-store
 * only remembers the last address, for a bare `#/projects` to reopen: it is written from the
 * address, never read while the view is open.
 */

/** The view the address shows now, read afresh (two changes in one event both land). */
function viewInAddress(): ProjectsViewState | undefined {
  const match = matchRoute(registeredViews(), window.location.hash)
  return match?.view === projectsView ? (match.params as ProjectsViewParams).view : undefined
}

/**
 * Changes the Projects view: on the view, its address; from another view, it opens Projects as
 * last seen, changed. `replace` keeps one history entry for a run of keystrokes.
 */
export function changeProjectsView(change: (view: ProjectsViewState) => ProjectsViewState, mode: 'push' | 'replace' = 'push'): void {
  const shown = viewInAddress()
  const next = change(shown ?? readViewQuery(useUiStore.getState().lastViewQuery))
  if (shown && mode === 'replace') replaceRoute(projectsHref(next))
  else navigate(projectsHref(next))
}

/** The last view, parsed: what a bare `#/projects` reopens and the search box shows elsewhere. */
export function useLastView(): ProjectsViewState {
  const query = useUiStore((s) => s.lastViewQuery)
  return useMemo(() => readViewQuery(query), [query])
}

// The first bare visit of a session opens the default saved view, if there is one; later ones
// reopen the last view. A module variable: it lives exactly as long as the app's page.
let firstVisit = true

/**
 * The view to show for the route's parameters. A bare address resolves to the default saved view
 * (first visit) or the last one, and is rewritten to say so; an address that is not in the
 * canonical form (keys out of order, values left out) is rewritten too. Undefined while the saved
 * views are still being read.
 */
export function useShownView(params: ProjectsViewParams): ProjectsViewState | undefined {
  // The last view only matters for a bare address: with a view in the address, the one this view
  // remembers on every change (below) must not render it again.
  const lastQuery = useUiStore((s) => (params.view ? undefined : s.lastViewQuery))
  const last = useMemo(() => (lastQuery === undefined ? undefined : readViewQuery(lastQuery)), [lastQuery])
  const savedViews = useSavedViews()
  const rememberView = useUiStore((s) => s.rememberView)
  const hash = useHash()
  const defaultView = savedViews?.find((v) => v.isDefault)
  const waiting = !params.view && firstVisit && savedViews === undefined
  const read = params.view ?? (waiting ? undefined : firstVisit && defaultView ? readViewQuery(defaultView.query) : last)
  // What did not change keeps its identity, so the controls showing it skip re-rendering.
  const previous = useRef<ProjectsViewState | undefined>(undefined)
  const shown = useMemo(() => read && keepUnchanged(previous.current, read), [read])
  useEffect(() => { previous.current = shown })
  const text = shown && viewQueryText(shown)

  useEffect(() => {
    if (!shown) return
    // The address moved on since this render (a click right after the first paint can come
    // before this effect runs): rewriting it to what this render showed would undo that change.
    // The render of the new address runs this again.
    if (window.location.hash !== hash) return
    if (!params.view && firstVisit && defaultView) openSavedView(defaultView)
    firstVisit = false
    rememberView(text!)
    replaceRoute(projectsHref(shown))
    // The text stands for the view; the hash changes when an address spells the same view otherwise.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, hash])

  return shown
}

/**
 * Changes the last Projects view without opening it: the Board filters the way the table did, and
 * stays where it is. (On the Projects view itself, changeProjectsView writes the address.)
 */
export function changeLastView(change: (view: ProjectsViewState) => ProjectsViewState): void {
  const { lastViewQuery, rememberView } = useUiStore.getState()
  rememberView(viewQueryText(change(readViewQuery(lastViewQuery))))
}

