import { MATURITIES } from '../dataset/constants'
import type { Project } from '../dataset/schema'
import type { TableProject } from './rows'
import { languageShares, primaryFigures } from '../dataset/figures'
import { INTAKE_2023, intake2023 } from '../dataset/intake'
import type { EvaluationIndex } from '../evaluation/filter'
import { EMPTY_HEALTH, TREND_STATES, type HealthIndex } from '../health/health-index'
import { BADGE_LEVELS, CLOMONITOR_CHECKS, CLOMONITOR_RATINGS } from '../health/constants'
import { addDays, localToday } from './dates'
import { ENTRY_LEVELS, entryLevel } from './entry'

/** What the user has recorded about projects, by project id: the filters that read it. */
export interface UserDataIndex {
  starred: ReadonlySet<string>
  listsOf: ReadonlyMap<string, readonly string[]>
  userTagsOf: ReadonlyMap<string, readonly string[]>
  withNotes: ReadonlySet<string>
  /** Statuses, their changes and field values (src/shared/evaluation). */
  evaluation?: EvaluationIndex
  /** The user's own words about each project (its note and tags), which the search reads last. */
  words?: ReadonlyMap<string, readonly string[]>
}

export const EMPTY_USER_DATA: UserDataIndex = { starred: new Set(), listsOf: new Map(), userTagsOf: new Map(), withNotes: new Set() }

/** What filtering needs besides the projects: the user's data, the latest refresh, the day, the health figures. */
export interface FilterContext {
  user: UserDataIndex
  /** Ids of the projects the latest refresh changed. */
  changed: ReadonlySet<string>
  /** Today, YYYY-MM-DD: date ranges that move and "review due" are read against it. */
  today: string
  /** Health figures and trends (src/shared/health), read by the health facets. */
  health: HealthIndex
}

const NO_IDS: ReadonlySet<string> = new Set()

/** A context for filtering with what the caller has; the rest empty, and today from the clock. */
export function filterContext(parts: Partial<FilterContext> = {}): FilterContext {
  return { user: parts.user ?? EMPTY_USER_DATA, changed: parts.changed ?? NO_IDS, today: parts.today ?? localToday(), health: parts.health ?? EMPTY_HEALTH }
}

/** How a facet's menu orders its values: by name, by how many projects have them, newest first, or a fixed order. */
export type FacetOrder = 'name' | 'count' | 'newest' | readonly string[]

export interface FacetDefinition {
  /** The values a project has (several for tags, one for most). */
  values: (project: TableProject, context: FilterContext) => readonly string[]
  /** A fixed order, or one the context gives (the user's order of statuses). */
  order: FacetOrder | ((context: FilterContext) => readonly string[])
  /**
   * For values that read the context (the user's data, the day, health figures), the part they
   * read: they are worked out again only when that part changes, not with every context. When it
   * is a map by project id (or nothing), a project it does not hold has no value.
   */
  reads?: (context: FilterContext) => unknown
}

const YES_NO = ['yes', 'no'] as const
const yesNo = (value: boolean) => [value ? 'yes' : 'no']

export const ANNUAL_REVIEW_STATES = ['due', 'recent', 'none'] as const
export type AnnualReviewState = (typeof ANNUAL_REVIEW_STATES)[number]

// The day a review must be later than not to be due, for the last `today` asked about (one per run).
let dueBefore = { today: '', day: '' }

/** "due" once the latest annual review is more than a year old; "none" when there is no record of one. */
export function annualReviewState(project: Pick<Project, 'lastAnnualReview'>, today: string): AnnualReviewState {
  if (!project.lastAnnualReview) return 'none'
  if (dueBefore.today !== today) dueBefore = { today, day: addDays(today, -365) }
  return project.lastAnnualReview < dueBefore.day ? 'due' : 'recent'
}

/** The language with the largest share of the primary repository (after a refresh with figures). */
export function primaryLanguage(project: Pick<Project, 'repositories'>): string | undefined {
  return languageShares(primaryFigures(project)?.languages)[0]?.name
}

const one = (value: string | undefined) => (value ? [value] : [])

/** The user's statuses in their order (the evaluation's), for the status facet and grouping. */
export function statusOrder(context: FilterContext): readonly string[] {
  return [...(context.user.evaluation?.statusRank ?? new Map<string, number>())].sort((a, b) => a[1] - b[1]).map(([id]) => id)
}

/**
 * Every facet the table filters by, in the order the filter bar shows them. A facet is "any of
 * these values"; its id is also its key in a view's link (view-query.ts). Adding a facet is
 * adding an entry here (and its label in the UI).
 */
const facet = (definition: FacetDefinition) => definition

export const FACET_DEFINITIONS = {
  maturity: facet({ values: (p) => [p.maturity], order: MATURITIES }),
  category: facet({ values: (p) => [p.category, ...p.extraPlacements.map((x) => x.category)], order: 'name' }),
  subcategory: facet({ values: (p) => [p.subcategory, ...p.extraPlacements.map((x) => x.subcategory)], order: 'name' }),
  year: facet({ values: (p) => one(acceptedYear(p)), order: 'newest' }),
  entry: facet({ values: (p) => one(entryLevel(p.dates)), order: ENTRY_LEVELS }),
  intake: facet({ values: (p) => intake2023(p), order: INTAKE_2023 }),
  tags: facet({ values: (p) => p.tags, order: 'count' }),
  advisoryGroup: facet({ values: (p) => p.advisoryGroups ?? [], order: 'name' }),
  license: facet({ values: (p) => one(primaryFigures(p)?.license), order: 'count' }),
  language: facet({ values: (p) => one(primaryLanguage(p)), order: 'count' }),
  specification: facet({ values: (p) => yesNo(p.specification === true), order: YES_NO }),
  audit: facet({ values: (p) => yesNo(p.audits.length > 0), order: YES_NO }),
  annualReview: facet({ values: (p, c) => [annualReviewState(p, c.today)], order: ANNUAL_REVIEW_STATES, reads: (c) => c.today }),
  lists: facet({ values: (p, c) => c.user.listsOf.get(p.id) ?? [], order: 'name', reads: (c) => c.user.listsOf }),
  userTags: facet({ values: (p, c) => c.user.userTagsOf.get(p.id) ?? [], order: 'count', reads: (c) => c.user.userTagsOf }),
  status: facet({
    values: (p, c) => one(c.user.evaluation?.statusOf.get(p.id)),
    order: statusOrder,
    reads: (c) => c.user.evaluation?.statusOf,
  }),
  // Health figures (issue 14): kept apart from the projects, so read from the context.
  clomonitorRating: facet({ values: (p, c) => one(c.health.figures.get(p.id)?.clomonitor?.rating), order: CLOMONITOR_RATINGS, reads: (c) => c.health.figures }),
  /** CLOMonitor's own "not passed" filter: the checks a project fails. */
  failsCheck: facet({ values: (p, c) => c.health.figures.get(p.id)?.clomonitor?.failed ?? [], order: CLOMONITOR_CHECKS.map((check) => check.id), reads: (c) => c.health.figures }),
  badgeLevel: facet({ values: (p, c) => one(c.health.figures.get(p.id)?.bestPractices?.level), order: [...BADGE_LEVELS].reverse(), reads: (c) => c.health.figures }),
  trend: facet({ values: (p, c) => (c.health.trends.get(p.id)?.declining ? TREND_STATES : []), order: TREND_STATES, reads: (c) => c.health.trends }),
}

export type Facet = keyof typeof FACET_DEFINITIONS
export const FACETS = Object.keys(FACET_DEFINITIONS) as Facet[]

export function acceptedYear(project: Pick<Project, 'dates'>): string | undefined {
  return project.dates.accepted?.slice(0, 4)
}

/** On/off filters: each keeps the projects it holds true for. Their ids are link keys too. */
export const TOGGLE_DEFINITIONS = {
  starred: (p: TableProject, c: FilterContext) => c.user.starred.has(p.id),
  hasNote: (p: TableProject, c: FilterContext) => c.user.withNotes.has(p.id),
  changed: (p: TableProject, c: FilterContext) => c.changed.has(p.id),
} as const

export type Toggle = keyof typeof TOGGLE_DEFINITIONS
export const TOGGLES = Object.keys(TOGGLE_DEFINITIONS) as Toggle[]
