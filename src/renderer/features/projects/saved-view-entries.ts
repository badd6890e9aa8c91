import { useMemo } from 'react'
import { viewQueryText } from '../../../shared/projects/view-query'
import type { SidebarChild } from '../../registry/view'
import { useRouteSelection } from '../../router/router'
import { useSavedViews } from '../../db/saved-views'
import type { SavedViewRecord } from '../../db/database'
import { useUiStore } from '../../store/ui-store'
import { visibilityFor } from './column-ids'
import { projectsHref, readViewQuery, type ProjectsViewParams } from './views'

/** A saved view's query in the canonical form, whatever version wrote it. */
export function savedViewText(view: Pick<SavedViewRecord, 'query'>): string {
  return viewQueryText(readViewQuery(view.query))
}

/** Opens a saved view: its columns now, its filters, sort, grouping and layout by its address. */
export function openSavedView(view: SavedViewRecord): void {
  useUiStore.getState().setColumnVisibility(visibilityFor(view.columns))
  useUiStore.getState().setActiveSavedView(view.id)
}

/** The saved views, listed under Projects in the sidebar; the one on screen is lit. */
export function useSavedViewEntries(): readonly SidebarChild[] {
  const views = useSavedViews()
  // The view on screen in canonical form: a string, so typing that changes nothing here re-renders nothing.
  const shownText = useRouteSelection((route) => {
    const shown = route.view.id === 'projects' ? (route.params as ProjectsViewParams).view : undefined
    return shown && viewQueryText(shown)
  })
  return useMemo(() => (views ?? []).map((view) => {
    const state = readViewQuery(view.query)
    return {
      key: view.id,
      label: view.name,
      href: projectsHref(state),
      selected: shownText === viewQueryText(state),
      onSelect: () => openSavedView(view),
    }
  }), [views, shownText])
}
