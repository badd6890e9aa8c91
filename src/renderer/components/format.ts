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

/** "12 Aug 2026, 14:05 GMT+2": a moment for a document read elsewhere, so with its time zone. */
export function formatDateTimeWithZone(value: string, language: string): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(date)
}

/** "1.2 MB" / "1,2 МБ": a byte count in the UI language. */
export function formatSize(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte']
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'byte' ? 0 : 1 }).format(value)
}

/** The host of a URL ("landscape.cncf.io"), or the text itself when it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** Compact date for dense tables: "2022-06-17" in English (ISO, unambiguous), "17.06.2022" in Russian. */
export function formatNumericDate(value: string | undefined, language: string): string {
  if (!value) return ''
  const key = `${language}|${value}`
  let text = numericDates.get(key)
  if (text === undefined) {
    const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
    text = Number.isNaN(date.getTime()) ? value : numericDateFormat(language).format(date)
    if (numericDates.size >= MAX_NUMERIC_DATES) numericDates.clear()
    numericDates.set(key, text)
  }
  return text
}

// Dates already written: the table writes the same few thousand on every keystroke.
const numericDates = new Map<string, string>()
const MAX_NUMERIC_DATES = 20_000

const numericDateFormats = new Map<string, Intl.DateTimeFormat>()

/** One formatter per language: table cells format thousands of dates, and making one is costly. */
function numericDateFormat(language: string): Intl.DateTimeFormat {
  let format = numericDateFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : language, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
    numericDateFormats.set(language, format)
  }
  return format
}
