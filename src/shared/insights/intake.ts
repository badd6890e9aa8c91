import { MATURITIES, type Project } from '../dataset/schema'
import type { Selection } from './scope'
import { quarterOf, yearRange } from './time'

export type IntakeGrouping = 'maturity' | 'category'
export type IntakePeriod = 'year' | 'quarter'

/** The projects of one period and group, and the table facets that list them. */
export interface IntakeSegment {
  ids: string[]
  selection: Selection
}

export interface IntakeBar {
  /** "2023", or "2023-Q2" by quarter. */
  period: string
  year: string
  /** 1 to 4 when counting by quarter. */
  quarter?: number
  total: number
  /** By group key; every group of the chart is present, empty ones with no ids. */
  segments: Record<string, IntakeSegment>
}

export interface Intake {
  /** The stacking order: maturities from Sandbox to archived, or categories largest first, then "other". */
  groups: string[]
  bars: IntakeBar[]
  /** Projects without an acceptance date: they belong to no period and are not counted. */
  undated: string[]
}

/** Categories beyond this many are stacked together as OTHER_CATEGORIES (eight colours in all). */
export const MAX_CATEGORY_GROUPS = 7
export const OTHER_CATEGORIES = '__other__'

/**
 * Intake: how many projects were accepted in each period, by the date the landscape gives as
 * `accepted` (the table's "Year accepted"). Each project counts once, split either by its
 * maturity today or by its main category (its first placement; categories past the largest seven
 * are stacked as "other"). Periods run without gaps from the first intake to the last, so an
 * empty year shows as an empty bar. A quarter's segment opens its whole year in the table, which
 * filters by year.
 */
export function intake(projects: readonly Project[], grouping: IntakeGrouping, period: IntakePeriod): Intake {
  const dated = projects.filter((p) => p.dates.accepted !== undefined)
  const undated = projects.filter((p) => p.dates.accepted === undefined).map((p) => p.id)
  const groupOf = grouping === 'maturity' ? (p: Project) => p.maturity : categoryGroups(dated)
  const ranked = ranking(dated.map(groupOf)).filter((group) => group !== OTHER_CATEGORIES)
  const groups = grouping === 'maturity' ? [...MATURITIES] : [...ranked, ...(ranked.length < new Set(dated.map(groupOf)).size ? [OTHER_CATEGORIES] : [])]
  const others = [...new Set(dated.filter((p) => groupOf(p) === OTHER_CATEGORIES).map((p) => p.category))].sort()
  const keyOf = (p: Project) => period === 'year' ? p.dates.accepted!.slice(0, 4) : `${p.dates.accepted!.slice(0, 4)}-Q${quarterOf(p.dates.accepted!)}`

  const years = dated.map((p) => p.dates.accepted!.slice(0, 4)).sort()
  const periods = years.length === 0 ? [] : yearRange(years[0], years[years.length - 1])
    .flatMap((year) => period === 'year' ? [{ period: year, year }] : [1, 2, 3, 4].map((quarter) => ({ period: `${year}-Q${quarter}`, year, quarter })))
  const first = dated.length === 0 ? '' : dated.map(keyOf).sort()[0]
  const last = dated.length === 0 ? '' : dated.map(keyOf).sort().at(-1)!
  const bars = new Map<string, IntakeBar>(periods
    .filter((p) => p.period >= first && p.period <= last)
    .map((p) => [p.period, {
      ...p,
      total: 0,
      segments: Object.fromEntries(groups.map((group) => [group, { ids: [], selection: selectionFor(grouping, group, p.year, others) }])),
    }]))
  for (const project of dated) {
    const bar = bars.get(keyOf(project))!
    bar.total++
    bar.segments[groupOf(project)].ids.push(project.id)
  }
  return { groups, bars: [...bars.values()], undated }
}

/** Each project's category group: its main category, or OTHER_CATEGORIES past the largest seven. */
function categoryGroups(projects: readonly Project[]): (p: Project) => string {
  const ranked = ranking(projects.map((p) => p.category))
  // Eight colours in all: eight categories fit as they are; with more, the smallest share one.
  const kept = new Set(ranked.length <= MAX_CATEGORY_GROUPS + 1 ? ranked : ranked.slice(0, MAX_CATEGORY_GROUPS))
  return (p) => (kept.has(p.category) ? p.category : OTHER_CATEGORIES)
}

/** Distinct values, most frequent first, ties by name. */
function ranking(values: readonly string[]): string[] {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'en')).map(([value]) => value)
}

function selectionFor(grouping: IntakeGrouping, group: string, year: string, others: readonly string[]): Selection {
  if (grouping === 'maturity') return { year: [year], maturity: [group as Project['maturity']] }
  return { year: [year], category: group === OTHER_CATEGORIES ? [...others] : [group] }
}
