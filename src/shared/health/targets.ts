import type { Project } from '../dataset/schema'
import { bestPracticesId } from './best-practices'
import { isLfxSlug } from './lfx'
import type { HealthTarget } from './schema'

/** Each project's id at the health sources, as the dataset names them; projects known to none are left out. */
export function healthTargets(projects: readonly Pick<Project, 'id' | 'clomonitorName' | 'links' | 'lfxSlug'>[]): HealthTarget[] {
  return projects.flatMap((p) => {
    const target: HealthTarget = { projectId: p.id }
    if (p.clomonitorName) target.clomonitor = p.clomonitorName.slice(0, 200)
    const badge = bestPracticesId(p.links.bestPractices)
    if (badge) target.bestPractices = badge
    if (p.lfxSlug && isLfxSlug(p.lfxSlug)) target.lfx = p.lfxSlug
    return target.clomonitor || target.bestPractices || target.lfx ? [target] : []
  })
}
