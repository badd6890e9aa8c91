import type { TFunction } from '../../i18n/translator'
import { progressToNext } from '../../../shared/health/constants'
import type { HealthRowLabels } from '../../../shared/health/compare'
import { HEALTH_CREDIT_URLS } from '../../../shared/health/credits'
import type { BadgeLevel, FigureSourceId, HealthSourceId } from '../../../shared/health/schema'
import type { ExportCredit } from '../../../shared/export/model'
import type { AnnualReviewState } from '../../../shared/projects/facets'
import type { Delta, DecliningReason, TrendMetric } from '../../../shared/health/trends'
import type { DownloadFailure } from '../../../shared/refresh/schema'
import { formatDate } from '../../components/format'
import { advisoryGroupLabel } from '../projects/labels'

/** "+120" / "−40" / "0": a change with its sign, in the UI language. */
export function signed(value: number, language: string): string {
  return new Intl.NumberFormat(language, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(value)
}

/** "+120 stars in 90 days", "Оценка CLOMonitor +14 за 90 дней". */
export function deltaText(t: TFunction, language: string, metric: TrendMetric, delta: Delta): string {
  const days = t('health.days', { count: delta.days })
  const change = signed(delta.change, language)
  return metric === 'clomonitor'
    ? t('health.deltas.clomonitor', { change, days })
    : t(`health.deltas.${metric}`, { change, days, count: Math.abs(delta.change) })
}

export function sourceName(t: TFunction, source: FigureSourceId): string {
  return t(`health.sources.${source}`)
}

/** Why a source failed, in a few words: "rate limited (429)", "timed out". */
export function failureReason(t: TFunction, error: DownloadFailure): string {
  if (error.kind === 'http' && error.status === 429) return t('health.reasons.rateLimited')
  return t(`health.reasons.${error.kind}`, { status: error.status ?? '' })
}

export function badgeText(t: TFunction, level: BadgeLevel, tieredPercentage: number): string {
  return level === 'gold' ? t('health.badgeGold') : t('health.badgeLine', { level: t(`health.badges.${level}`), percent: progressToNext({ tieredPercentage }) })
}

export function decliningText(t: TFunction, reason: DecliningReason): string {
  return `${t('health.declining')}: ${t(`health.decliningReasons.${reason}`)}`
}

/** A health source's credit line, for the view beside its figures and for exports (ExportTable.credits). */
export function healthCredit(t: TFunction, source: HealthSourceId): ExportCredit {
  return { text: t(`health.credits.${source}`), url: HEALTH_CREDIT_URLS[source] }
}

/** The words Compare's health rows need, in the UI language. */
export function healthRowLabels(t: TFunction, language: string): HealthRowLabels {
  const number = (value: number) => value.toLocaleString(language, { maximumFractionDigits: 1 })
  return {
    number,
    formatDate: (date) => formatDate(date, language),
    rating: (rating) => t('health.rating', { rating: rating.toUpperCase() }),
    section: (section) => t(`health.sections.${section}`),
    check: (id) => t(`health.checks.${id}`, { defaultValue: id }),
    badge: (level, progress) => (level === 'gold' ? t('health.badgeGold') : t('health.badgeLine', { level: t(`health.badges.${level}`), percent: progress })),
    lfxPart: (part, value) => t('health.lfxPart', { part: t(`health.lfxParts.${part}`), value: number(value) }),
    delta: (metric: TrendMetric, delta: Delta) => deltaText(t, language, metric, delta),
    declining: (reason) => decliningText(t, reason),
    annualReview: (state: AnnualReviewState, date) => t(`health.annualReviewStates.${state}`, { date: formatDate(date, language) }),
    audits: (count, last) => t('health.auditsLine', { count, date: formatDate(last, language) }),
    advisoryGroup: advisoryGroupLabel,
  }
}
