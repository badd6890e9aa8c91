import type { ProjectFilters } from '../../../shared/projects/filter'
import { navigate } from '../../router/router'
import { projectsWithFilters } from '../projects/views'

/** Opens the Projects table showing exactly `filters` (built by projectsTarget()), by its address. */
export function openInProjects(filters: ProjectFilters): void {
  navigate(projectsWithFilters(filters))
}
