/** "12 Aug 2026" / "12 авг. 2026 г." from YYYY-MM-DD or ISO time, in the UI language, UTC. */
export function formatDate(value: string | undefined, language: string): string {
  if (!value) return ''
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date)
}
