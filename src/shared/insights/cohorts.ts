import type { Maturity, Project } from '../dataset/schema'
import { entryLevel } from '../projects/entry'
import type { Selection } from './scope'
import { daysBetween, DAYS_PER_YEAR, median, yearRange } from './time'

/** Where a cohort's members are today. */
export const FATES = ['sandbox', 'promoted', 'archived'] as const
export type Fate = (typeof FATES)[number]

const FATE_MATURITIES: Record<Fate, Maturity[]> = { sandbox: ['sandbox'], promoted: ['incubating', 'graduated'], archived: ['archived'] }

export interface FateCount {
  ids: string[]
  /** ids.length / cohort size; 0 for an empty cohort. */
  share: number
  selection: Selection
}

/** Days from acceptance to the first promotion, over the members that have one. */
export interface PromotionTimes {
  count: number
  medianDays?: number
  minDays?: number
  maxDays?: number
}

/** One point of a survival curve: whole years since acceptance. */
export interface SurvivalPoint {
  years: number
  /** Estimated share of the cohort not archived that many years after acceptance. */
  share: number
  /** Members known to be in the CNCF and not archived at that point (the estimate's footing). */
  atRisk: number
}

export interface Cohort {
  year: string
  size: number
  ids: string[]
  /** Opens the whole cohort in the table. */
  selection: Selection
  fates: Record<Fate, FateCount>
  promotion: PromotionTimes
  survival: SurvivalPoint[]
}

/**
 * Cohorts: the projects that entered through the Sandbox (entry.ts: accepted on or after the day
 * the Sandbox opened, not straight into incubation), grouped by the year of acceptance. Projects
 * that joined before the Sandbox existed or straight into a higher level belong to no cohort.
 * Years between the first and the last cohort with no intake appear as empty cohorts.
 *
 * - Fates, by maturity today: still in the Sandbox; promoted (incubating or graduated); archived,
 *   whatever level it held before (the landscape rarely says). The three shares add up to 1.
 * - Time to promotion: days from acceptance to the first promotion date (incubating, or graduated
 *   for a project with no incubating date), for every member promoted at some point, archived
 *   ones included; median, fastest and slowest.
 * - Survival: see survivalCurve().
 */
export function cohorts(projects: readonly Project[], asOf: string): Cohort[] {
  const members = new Map<string, Project[]>()
  for (const project of projects) {
    if (entryLevel(project.dates) !== 'sandbox') continue
    const year = project.dates.accepted!.slice(0, 4)
    members.set(year, [...(members.get(year) ?? []), project])
  }
  const years = [...members.keys()].sort()
  if (years.length === 0) return []
  return yearRange(years[0], years[years.length - 1]).map((year) => cohort(year, members.get(year) ?? [], asOf))
}

function cohort(year: string, members: readonly Project[], asOf: string): Cohort {
  const selection: Selection = { entry: ['sandbox'], year: [year] }
  const fates = Object.fromEntries(FATES.map((fate) => {
    const ids = members.filter((p) => FATE_MATURITIES[fate].includes(p.maturity)).map((p) => p.id)
    return [fate, { ids, share: members.length === 0 ? 0 : ids.length / members.length, selection: { ...selection, maturity: FATE_MATURITIES[fate] } }]
  })) as Record<Fate, FateCount>
  const promotionDays = members.flatMap((p) => {
    const promoted = p.dates.incubating ?? p.dates.graduated
    return promoted ? [daysBetween(p.dates.accepted!, promoted)] : []
  })
  return {
    year,
    size: members.length,
    ids: members.map((p) => p.id),
    selection,
    fates,
    promotion: {
      count: promotionDays.length,
      medianDays: median(promotionDays),
      minDays: promotionDays.length ? Math.min(...promotionDays) : undefined,
      maxDays: promotionDays.length ? Math.max(...promotionDays) : undefined,
    },
    survival: survivalCurve(members.map((p) => survivalRecord(p, asOf))),
  }
}

/** A member's time in the CNCF: until archival (an event) or until the data's date (still there). */
export interface SurvivalRecord {
  days: number
  archived: boolean
  /** Days from acceptance to the data's date, archived or not: how far the cohort can be followed. */
  followUp: number
}

export function survivalRecord(project: Project, asOf: string): SurvivalRecord {
  const followUp = Math.max(0, daysBetween(project.dates.accepted!, asOf))
  const archived = project.dates.archived !== undefined
  return { days: archived ? Math.max(0, daysBetween(project.dates.accepted!, project.dates.archived!)) : followUp, archived, followUp }
}

/**
 * Survival: the share of a cohort not archived k whole years after acceptance (k = 0, 1, 2, ...).
 * A Kaplan-Meier estimate: while every member has been in the CNCF for k years it is simply the
 * share not archived by then; members accepted too recently to have reached k years leave the
 * count instead of counting as survivors. The curve runs while some member is still at risk, or
 * on at zero once the whole cohort is archived, up to the oldest member's years since acceptance.
 * An archival on the day of acceptance counts at year 0; members archived on one day leave together.
 */
export function survivalCurve(records: readonly SurvivalRecord[]): SurvivalPoint[] {
  if (records.length === 0) return []
  const eventDays = [...new Set(records.filter((r) => r.archived).map((r) => r.days))].sort((a, b) => a - b)
  const horizon = Math.max(...records.map((r) => r.followUp))
  const points: SurvivalPoint[] = []
  let share = 1
  let next = 0
  for (let years = 0; years * DAYS_PER_YEAR <= horizon; years++) {
    const limit = years * DAYS_PER_YEAR
    for (; next < eventDays.length && eventDays[next] <= limit; next++) {
      const day = eventDays[next]
      const atRisk = records.filter((r) => r.days >= day).length
      const archived = records.filter((r) => r.archived && r.days === day).length
      share *= 1 - archived / atRisk
    }
    const atRisk = records.filter((r) => r.days >= limit && !(r.archived && r.days <= limit)).length
    if (atRisk === 0 && share > 0) break
    points.push({ years, share, atRisk })
  }
  return points
}
