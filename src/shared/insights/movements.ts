import type { Project } from '../dataset/schema'
import { entryLevel, joinedOn, type EntryLevel } from '../projects/entry'
import { yearRange } from './time'

export const MOVEMENT_KINDS = ['incubating', 'graduated', 'archived'] as const
export type MovementKind = (typeof MOVEMENT_KINDS)[number]

export interface Movement {
  date: string
  projectId: string
  name: string
  kind: MovementKind
  /** The last level dated before the move (its entry level when no other is dated). */
  from: EntryLevel
}

/**
 * Movements: promotions (to incubating, to graduated) and archivals, one per date the landscape
 * gives. Reaching a level on the day of joining is an entry, not a movement. A project with two
 * moves on one day has both, lower level first; the list runs by date, then level, then name.
 */
export function movements(projects: readonly Project[]): Movement[] {
  const list: Movement[] = []
  for (const project of projects) {
    const { dates } = project
    const joined = joinedOn(dates)
    const entry = entryLevel(dates)
    if (joined === undefined || entry === undefined) continue
    let from: EntryLevel = entry
    for (const kind of MOVEMENT_KINDS) {
      const date = dates[kind]
      if (date === undefined || (kind !== 'archived' && date <= joined)) continue
      list.push({ date, projectId: project.id, name: project.name, kind, from })
      if (kind !== 'archived') from = kind
    }
  }
  return list.sort((a, b) => a.date.localeCompare(b.date) || MOVEMENT_KINDS.indexOf(a.kind) - MOVEMENT_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'en'))
}

export interface MovementBar {
  /** "2024", or "2024-03" within a year. */
  period: string
  byKind: Record<MovementKind, Movement[]>
  total: number
}

/**
 * Movements per period: per year from the first move to the last, or, given a year, per month of
 * it (all twelve, empty ones included).
 */
export function movementBars(list: readonly Movement[], year?: string): MovementBar[] {
  const periodOf = (m: Movement) => (year ? m.date.slice(0, 7) : m.date.slice(0, 4))
  const inView = year ? list.filter((m) => m.date.startsWith(`${year}-`)) : list
  const years = list.map((m) => m.date.slice(0, 4)).sort()
  const periods = year
    ? Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)
    : years.length ? yearRange(years[0], years[years.length - 1]) : []
  const bars = new Map(periods.map((period) => [period, {
    period,
    total: 0,
    byKind: Object.fromEntries(MOVEMENT_KINDS.map((k) => [k, [] as Movement[]])) as Record<MovementKind, Movement[]>,
  }]))
  for (const movement of inView) {
    const bar = bars.get(periodOf(movement))!
    bar.byKind[movement.kind].push(movement)
    bar.total++
  }
  return [...bars.values()]
}

/** The years with at least one movement, newest first (the year filter's choices). */
export function movementYears(list: readonly Movement[]): string[] {
  return [...new Set(list.map((m) => m.date.slice(0, 4)))].sort().reverse()
}
