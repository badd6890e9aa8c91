/** "12 Aug 2026" / "12 авг. 2026 г." from YYYY-MM-DD or ISO time, in the UI language, UTC. */
export function formatDate(value: string | undefined, language: string): string {
  if (!value) return ''
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date)
}

/** "12 Aug 2026, 14:05" in the UI language and the user's time zone. */
export function formatDateTime(value: string | undefined, language: string): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(date)
}
