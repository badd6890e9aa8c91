import type { Project } from '../dataset/schema'
import type { ProjectHealth } from './snapshot'
import type { ProjectTrend } from './trends'

/**
 * The health figures and trends of every project, as the table, its filters (FilterContext) and
 * Compare read them.
 */
export interface HealthIndex {
  figures: ReadonlyMap<string, ProjectHealth>
  trends: ReadonlyMap<string, ProjectTrend>
}

export const EMPTY_HEALTH: HealthIndex = { figures: new Map(), trends: new Map() }

/** The values of the table's trend facet. */
export const TREND_STATES = ['declining'] as const

/** The latest security audit's date, from the landscape's audit list. */
export function lastAuditDate(project: Pick<Project, 'audits'>): string | undefined {
  return project.audits.map((a) => a.date).filter((d): d is string => Boolean(d)).sort().at(-1)
}
