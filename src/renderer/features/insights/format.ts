import { useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { formatDate, formatNumericDate } from '../../components/format'

/** Numbers, shares, durations and dates in the reader's language. */
export function useInsightsFormat() {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  return useMemo(() => {
    const count = new Intl.NumberFormat(language)
    const share = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 })
    const years = new Intl.NumberFormat(language, { style: 'unit', unit: 'year', unitDisplay: 'long', maximumFractionDigits: 1, minimumFractionDigits: 1 })
    const month = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' })
    const monthYear = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' })
    return {
      language,
      count: (n: number) => count.format(n),
      share: (x: number) => share.format(x),
      years: (x: number) => years.format(x),
      date: (iso: string) => formatDate(iso, language),
      numericDate: (iso: string) => formatNumericDate(iso, language),
      /** "Q2 2023" / "II кв. 2023". */
      quarter: (year: string, quarter: number) => t('insights.quarter', { year, quarter: language === 'ru' ? ['I', 'II', 'III', 'IV'][quarter - 1] : quarter }),
      /** "Mar" from "2025-03" (anything else as it is). */
      month: (period: string) => monthOf(period, month),
      /** "March 2025" from "2025-03". */
      monthYear: (period: string) => monthOf(period, monthYear),
    }
  }, [language, t])
}

export type InsightsFormat = ReturnType<typeof useInsightsFormat>

function monthOf(period: string, format: Intl.DateTimeFormat): string {
  const date = new Date(`${period}-01T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? String(period ?? '') : format.format(date)
}
