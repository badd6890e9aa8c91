/** Days a user may choose between automatic refreshes. */
export const AUTO_REFRESH_DAYS = { min: 1, max: 365, default: 7 } as const

/**
 * Whether the data is old enough for the automatic refresh at start: its age counts from the
 * last successful refresh, or, for data never refreshed, from the day its snapshot was taken.
 */
export function isRefreshDue(data: { refreshedAt?: string; sourceDate: string }, days: number, now: Date): boolean {
  const since = Date.parse(data.refreshedAt ?? `${data.sourceDate}T00:00:00Z`)
  if (Number.isNaN(since)) return true
  return now.getTime() - since >= days * 86_400_000
}

export function clampDays(value: number): number {
  if (!Number.isFinite(value)) return AUTO_REFRESH_DAYS.default
  return Math.min(AUTO_REFRESH_DAYS.max, Math.max(AUTO_REFRESH_DAYS.min, Math.round(value)))
}
