// Calendar arithmetic on the landscape's YYYY-MM-DD dates, in whole UTC days (no time zones).

const DAY_MS = 86_400_000
/** The mean length of a year in days, leap years included: durations read in years use it. */
export const DAYS_PER_YEAR = 365.25

/** Days since 1970-01-01 for a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS)
}

/** Whole days from `from` to `to` (negative when `to` comes first; 0 for the same day). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

export function yearsFromDays(days: number): number {
  return days / DAYS_PER_YEAR
}

/** 1 to 4 for a YYYY-MM-DD date. */
export function quarterOf(date: string): number {
  return Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1
}

/** The middle value of a list (the mean of the two middle ones for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Every year from `first` to `last` inclusive, as strings ("2018", "2019", ...). */
export function yearRange(first: string, last: string): string[] {
  const years: string[] = []
  for (let year = Number(first); year <= Number(last); year++) years.push(String(year))
  return years
}
