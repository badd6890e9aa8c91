import type { ProjectFilters } from '../../../shared/projects/filter'
import { navigate } from '../../router/router'
import { useUiStore } from '../../store/ui-store'
import { hrefTo } from '../../registry/view'
import { projectsView } from '../projects/views'

/**
 * Opens the Projects table showing exactly `filters` (built by projectsTarget()). The table keeps
 * its filters in its own store today; once its address carries them, this becomes one
 * navigate(hrefTo(projectsView, filters)).
 */
export function openInProjects(filters: ProjectFilters): void {
  useUiStore.getState().setFilters(filters)
  navigate(hrefTo(projectsView))
}
