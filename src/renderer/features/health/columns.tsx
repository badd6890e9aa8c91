import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import { createColumnHelper } from '@tanstack/react-table'
import type { TFunction } from 'i18next'
import type { Project } from '../../../shared/dataset/schema'
import { annualReviewState, lastAuditDate, type HealthIndex } from '../../../shared/health/facets'
import type { TrendMetric } from '../../../shared/health/trends'
import { dataTableFeatures } from '../../components/data-table/features'
import { formatNumericDate } from '../../components/format'
import { advisoryGroupName, badgeText, deltaText, signed } from './labels'

const helper = createColumnHelper<typeof dataTableFeatures, Project>()

/** The Projects table's health columns, all optional (hidden until the user shows them). */
export const HEALTH_COLUMN_IDS = [
  'clomonitorScore', 'clomonitorRating', 'badgeLevel', 'lfxHealth', 'starsDelta', 'contributorsDelta', 'clomonitorDelta', 'declining',
  'advisoryGroup', 'lastAnnualReview', 'auditsCount', 'lastAudit',
] as const
export type HealthColumnId = (typeof HEALTH_COLUMN_IDS)[number]

const label = (id: HealthColumnId) => `health.columns.${id}`
const numeric = { sortFn: 'basic', sortUndefined: 'last', meta: { align: 'end' } } as const

function deltaColumn(id: HealthColumnId, metric: TrendMetric, t: TFunction, language: string, health: HealthIndex) {
  return helper.accessor((p) => health.trends.get(p.id)?.deltas[metric]?.change, {
    id,
    header: () => t(label(id)),
    size: 104,
    ...numeric,
    meta: { align: 'end', label: label(id) },
    cell: ({ row, getValue }) => {
      const delta = health.trends.get(row.original.id)?.deltas[metric]
      const value = getValue()
      if (value === undefined || !delta) return null
      return <Box component="span" title={deltaText(t, language, metric, delta)} sx={{ color: value < 0 ? 'warning.main' : undefined }}>{signed(value, language)}</Box>
    },
  })
}

/**
 * Columns over the health figures and trends (from `health`) and the landscape's review facts:
 * each sorts, projects without a value last. `advisoryGroup` and `lastAnnualReview` are the same
 * columns, over the same fields, as the Projects view's own entries of issue 11.
 */
export function healthColumns(t: TFunction, language: string, health: HealthIndex) {
  const figures = (p: Project) => health.figures.get(p.id)
  return [
    helper.accessor((p) => figures(p)?.clomonitor?.score, {
      id: 'clomonitorScore', header: () => t(label('clomonitorScore')), size: 100, ...numeric, meta: { align: 'end', label: label('clomonitorScore') },
      cell: ({ getValue }) => getValue()?.toLocaleString(language, { maximumFractionDigits: 1 }),
    }),
    helper.accessor((p) => figures(p)?.clomonitor?.rating, {
      id: 'clomonitorRating', header: () => t(label('clomonitorRating')), size: 80, sortFn: 'text', sortUndefined: 'last', meta: { label: label('clomonitorRating') },
      cell: ({ getValue }) => getValue()?.toUpperCase(),
    }),
    helper.accessor((p) => figures(p)?.bestPractices?.tieredPercentage, {
      id: 'badgeLevel', header: () => t(label('badgeLevel')), size: 130, sortFn: 'basic', sortUndefined: 'last', meta: { label: label('badgeLevel') },
      cell: ({ row }) => {
        const badge = figures(row.original)?.bestPractices
        return badge ? <span title={badgeText(t, badge.level, badge.tieredPercentage)}>{t(`health.badges.${badge.level}`)}</span> : null
      },
    }),
    helper.accessor((p) => figures(p)?.lfx?.healthScore, {
      id: 'lfxHealth', header: () => t(label('lfxHealth')), size: 100, ...numeric, meta: { align: 'end', label: label('lfxHealth') },
    }),
    deltaColumn('starsDelta', 'stars', t, language, health),
    deltaColumn('contributorsDelta', 'contributors', t, language, health),
    deltaColumn('clomonitorDelta', 'clomonitor', t, language, health),
    helper.accessor((p) => (health.trends.get(p.id)?.declining ? 1 : undefined), {
      id: 'declining', header: () => t(label('declining')), size: 104, sortFn: 'basic', sortUndefined: 'last', meta: { label: label('declining') },
      cell: ({ row }) => {
        const reason = health.trends.get(row.original.id)?.declining
        return reason ? <Chip size="small" color="warning" variant="outlined" label={t('health.declining')} title={t(`health.decliningReasons.${reason}`)} sx={{ height: 20, fontSize: 11.5 }} /> : null
      },
    }),
    helper.accessor((p) => (p.advisoryGroups ?? []).map(advisoryGroupName).join(', ') || undefined, {
      id: 'advisoryGroup', header: () => t(label('advisoryGroup')), size: 130, sortFn: 'text', sortUndefined: 'last', meta: { label: label('advisoryGroup') },
    }),
    helper.accessor((p) => p.lastAnnualReview, {
      id: 'lastAnnualReview', header: () => t(label('lastAnnualReview')), size: 140, sortFn: 'basic', sortUndefined: 'last', meta: { label: label('lastAnnualReview') },
      cell: ({ row, getValue }) => {
        const date = getValue()
        if (!date) return null
        const due = annualReviewState(row.original, health.today) === 'due'
        return (
          <Box component="span" sx={{ display: 'inline-flex', gap: 0.75, alignItems: 'center' }}>
            <time dateTime={date}>{formatNumericDate(date, language)}</time>
            {due && <Box component="span" sx={{ color: 'warning.main', fontSize: 12 }}>{t('health.dueMark')}</Box>}
          </Box>
        )
      },
    }),
    helper.accessor((p) => (p.audits.length > 0 ? p.audits.length : undefined), {
      id: 'auditsCount', header: () => t(label('auditsCount')), size: 80, ...numeric, meta: { align: 'end', label: label('auditsCount') },
    }),
    helper.accessor((p) => lastAuditDate(p), {
      id: 'lastAudit', header: () => t(label('lastAudit')), size: 112, sortFn: 'basic', sortUndefined: 'last', meta: { label: label('lastAudit') },
      cell: ({ getValue }) => <time dateTime={getValue() ?? undefined}>{formatNumericDate(getValue(), language)}</time>,
    }),
  ]
}
