import type { Project } from '../dataset/schema'
import { isCalendarDay } from '../calendar-day'

/** The maturity dates the table filters by. */
export const DATE_FIELDS = ['accepted', 'incubating', 'graduated', 'archived'] as const
export type DateField = (typeof DATE_FIELDS)[number]

/**
 * A range of days, inclusive at both ends. `between` with an end left out is open on that side;
 * `lastDays` and `thisYear` move with the calendar, so a saved view of "the last 90 days" stays
 * true tomorrow.
 */
export type DateRange =
  | { kind: 'between'; from?: string; to?: string }
  | { kind: 'lastDays'; days: number }
  | { kind: 'thisYear' }

export type DateRanges = Partial<Record<DateField, DateRange>>

/** The range's first and last day (YYYY-MM-DD), either possibly open. */
export interface Bounds {
  from?: string
  to?: string
}

const DAY_MS = 86_400_000
export const MAX_LAST_DAYS = 36_500

/** Today in the user's calendar, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from))
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10)
}

/**
 * A range end as people type it in a link: "2023", "2023-06" or "2023-06-15". A year or month
 * means its first day as a start and its last day as an end. Anything else is undefined.
 */
export function readDateEnd(text: string, end: 'from' | 'to'): string | undefined {
  if (/^\d{4}$/.test(text)) return end === 'from' ? `${text}-01-01` : `${text}-12-31`
  if (/^\d{4}-\d{2}$/.test(text) && isCalendarDay(`${text}-01`)) {
    // Day 0 of the next month is the last day of this one.
    return end === 'from' ? `${text}-01` : new Date(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)), 0)).toISOString().slice(0, 10)
  }
  return isCalendarDay(text) ? text : undefined
}

/** The concrete days a range covers on `today`. */
export function resolveRange(range: DateRange, today: string): Bounds {
  switch (range.kind) {
    case 'between': return { from: range.from, to: range.to }
    case 'lastDays': return { from: addDays(today, -(range.days - 1)), to: today }
    case 'thisYear': return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` }
  }
}

export function inBounds(date: string | undefined, bounds: Bounds): boolean {
  if (!date) return false
  return (bounds.from === undefined || date >= bounds.from) && (bounds.to === undefined || date <= bounds.to)
}

/** A range that restricts nothing (both ends open) is no filter at all. */
export function isOpenRange(range: DateRange | undefined): boolean {
  return range === undefined || (range.kind === 'between' && range.from === undefined && range.to === undefined)
}

export function projectDate(project: Pick<Project, 'dates'>, field: DateField): string | undefined {
  return project.dates[field]
}

/** The quick picks the date filter offers, in order. */
export const QUICK_PICKS = ['last90', 'thisYear', 'y2023'] as const
export type QuickPick = (typeof QUICK_PICKS)[number]

export function quickPickRange(pick: QuickPick): DateRange {
  switch (pick) {
    case 'last90': return { kind: 'lastDays', days: 90 }
    case 'thisYear': return { kind: 'thisYear' }
    case 'y2023': return { kind: 'between', from: '2023-01-01', to: '2023-12-31' }
  }
}

export function sameRange(a: DateRange | undefined, b: DateRange | undefined): boolean {
  return formatRange(a) === formatRange(b)
}

/**
 * A range as it reads in a link: "2023" for a whole year, "2023-02-01..2023-03-31",
 * "2023-02-01.." or "..2023-03-31" for open ends, "last-90-days", "this-year".
 */
export function formatRange(range: DateRange | undefined): string {
  if (!range) return ''
  switch (range.kind) {
    case 'lastDays': return `last-${range.days}-days`
    case 'thisYear': return 'this-year'
    case 'between': {
      const { from, to } = range
      if (from && to && from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01-01') && to.endsWith('-12-31')) return from.slice(0, 4)
      return `${from ?? ''}..${to ?? ''}`
    }
  }
}

/** Reads what formatRange writes (and a lone date as that one day); undefined for anything else. */
export function parseRange(text: string): DateRange | undefined {
  const value = text.trim()
  if (value.length > 40) return undefined
  if (value === 'this-year') return { kind: 'thisYear' }
  const last = /^last-(\d{1,5})-days$/.exec(value)
  if (last) {
    const days = Number(last[1])
    return days >= 1 && days <= MAX_LAST_DAYS ? { kind: 'lastDays', days } : undefined
  }
  const dots = value.indexOf('..')
  if (dots < 0) {
    const from = readDateEnd(value, 'from')
    const to = readDateEnd(value, 'to')
    return from && to ? { kind: 'between', from, to } : undefined
  }
  const fromText = value.slice(0, dots)
  const toText = value.slice(dots + 2)
  const from = fromText ? readDateEnd(fromText, 'from') : undefined
  const to = toText ? readDateEnd(toText, 'to') : undefined
  if ((fromText && !from) || (toText && !to) || (!from && !to)) return undefined
  if (from && to && from > to) return undefined
  return { kind: 'between', from, to }
}
