import type { Project } from '../dataset/schema'
import { CLOMONITOR_CHECKS } from './clomonitor'
import type { ProjectHealth } from './snapshot'
import type { ProjectTrend } from './trends'

/** The health figures and trends of every project, as the table, its filters and Compare read them. */
export interface HealthIndex {
  figures: ReadonlyMap<string, ProjectHealth>
  trends: ReadonlyMap<string, ProjectTrend>
  /** Today, YYYY-MM-DD: annual reviews fall due against it. */
  today: string
}

export const EMPTY_HEALTH: HealthIndex = { figures: new Map(), trends: new Map(), today: new Date().toISOString().slice(0, 10) }

export const ANNUAL_REVIEW_STATES = ['due', 'recent', 'none'] as const
export type AnnualReviewState = (typeof ANNUAL_REVIEW_STATES)[number]

/** An annual review falls due a year after the last one; "none" when the landscape records none. */
export const ANNUAL_REVIEW_DAYS = 365

export function annualReviewState(project: Pick<Project, 'lastAnnualReview'>, today: string): AnnualReviewState {
  if (!project.lastAnnualReview) return 'none'
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${project.lastAnnualReview}T00:00:00Z`)) / 86_400_000
  return days > ANNUAL_REVIEW_DAYS ? 'due' : 'recent'
}

/** The latest security audit's date, from the landscape's audit list. */
export function lastAuditDate(project: Pick<Project, 'audits'>): string | undefined {
  return project.audits.map((a) => a.date).filter((d): d is string => Boolean(d)).sort().at(-1)
}

type FacetOrder = 'name' | readonly string[]

export interface HealthFacetDefinition {
  values: (project: Project, health: HealthIndex) => readonly string[]
  order: FacetOrder
}

const one = (value: string | undefined) => (value ? [value] : [])

/**
 * The table's facets over health figures and landscape review data, one entry each, the way the
 * Projects filter model lists its own (a facet is "any of these values"). `failsCheck` is
 * CLOMonitor's own "not passed" filter. `advisoryGroup` and `annualReview` read the same
 * landscape fields, with the same ids and states, as the Projects view's own entries of issue 11.
 */
export const HEALTH_FACET_DEFINITIONS = {
  clomonitorRating: { values: (p, h) => one(h.figures.get(p.id)?.clomonitor?.rating), order: ['a', 'b', 'c', 'd'] },
  failsCheck: { values: (p, h) => h.figures.get(p.id)?.clomonitor?.failed ?? [], order: CLOMONITOR_CHECKS.map((c) => c.id) },
  badgeLevel: { values: (p, h) => one(h.figures.get(p.id)?.bestPractices?.level), order: ['gold', 'silver', 'passing', 'in_progress'] },
  trend: { values: (p, h) => (h.trends.get(p.id)?.declining ? ['declining'] : []), order: ['declining'] },
  advisoryGroup: { values: (p) => p.advisoryGroups ?? [], order: 'name' },
  annualReview: { values: (p, h) => [annualReviewState(p, h.today)], order: ANNUAL_REVIEW_STATES },
} satisfies Record<string, HealthFacetDefinition>

export type HealthFacet = keyof typeof HEALTH_FACET_DEFINITIONS
export const HEALTH_FACETS = Object.keys(HEALTH_FACET_DEFINITIONS) as HealthFacet[]

export function isHealthFacet(facet: string): facet is HealthFacet {
  return Object.hasOwn(HEALTH_FACET_DEFINITIONS, facet)
}

export function healthFacetValues(project: Project, facet: HealthFacet, health: HealthIndex): readonly string[] {
  return HEALTH_FACET_DEFINITIONS[facet].values(project, health)
}

/** How a health facet's menu orders its values: a fixed order, or by name. */
export function healthFacetOrder(facet: HealthFacet): (a: { value: string }, b: { value: string }) => number {
  const order: FacetOrder = HEALTH_FACET_DEFINITIONS[facet].order
  if (order === 'name') return (a, b) => a.value.localeCompare(b.value, 'en')
  const rank = (value: string) => { const i = order.indexOf(value); return i < 0 ? order.length : i }
  return (a, b) => rank(a.value) - rank(b.value) || a.value.localeCompare(b.value, 'en')
}
