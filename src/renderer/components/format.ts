import { isCalendarDay } from '../../shared/calendar-day'

/** "Aug 12, 2026" / "12 авг. 2026 г." from YYYY-MM-DD or ISO time, in the UI language, UTC. */
export function formatDate(value: string | undefined, language: string): string {
  if (!value) return ''
  const date = dayOrMoment(value)
  if (!date) return value
  return plainShortDate(date, language) ?? shortDateFormat(language).format(date)
}

// What Intl writes for the two UI languages' short months (equal for every day, tested): the top
// bar shows a date on every start, and making a formatter cost ~5 ms of a first launch (profiled).
const SHORT_MONTHS: Partial<Record<string, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
}

function plainShortDate(date: Date, language: string): string | undefined {
  const months = SHORT_MONTHS[language]
  const year = date.getUTCFullYear()
  if (!months || year < 1000 || year > 9999) return undefined
  const [day, month] = [date.getUTCDate(), months[date.getUTCMonth()]]
  return language === 'en' ? `${month} ${day}, ${year}` : `${day} ${month} ${year} г.`
}

/** A day (YYYY-MM-DD, as UTC midnight) or a moment (ISO time); undefined when it is neither. */
function dayOrMoment(value: string): Date | undefined {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? undefined : date
}

/** One formatter per language, made when first asked for: making one is costly, and dates come by the thousand. */
function formatterPerLanguage(make: (language: string) => Intl.DateTimeFormat): (language: string) => Intl.DateTimeFormat {
  const made = new Map<string, Intl.DateTimeFormat>()
  return (language) => {
    let format = made.get(language)
    if (!format) {
      format = make(language)
      made.set(language, format)
    }
    return format
  }
}

const shortDateFormat = formatterPerLanguage((language) => new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }))

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
    text = plainDay(value, language) ?? intlDay(value, language)
    if (numericDates.size >= MAX_NUMERIC_DATES) numericDates.clear()
    numericDates.set(key, text)
  }
  return text
}

// Dates already written: the table writes the same few thousand on every keystroke.
const numericDates = new Map<string, string>()
const MAX_NUMERIC_DATES = 20_000

/**
 * A calendar day ("2022-06-17") in the two languages' forms without Intl: what it writes for them,
 * written directly (its formatter costs ~4 ms to make at start-up, for the first rows' dates).
 */
function plainDay(value: string, language: string): string | undefined {
  // A real day only ("2023-02-30" is not).
  if ((language !== 'en' && language !== 'ru') || !isCalendarDay(value)) return undefined
  return language === 'en' ? value : `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`
}

function intlDay(value: string, language: string): string {
  const date = dayOrMoment(value)
  return date ? numericDateFormat(language).format(date) : value
}

const numericDateFormat = formatterPerLanguage((language) => new Intl.DateTimeFormat(language === 'en' ? 'en-CA' : language, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }))
