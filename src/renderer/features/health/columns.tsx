import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import type { TableProject } from '../../../shared/projects/rows'
import { lastAuditDate } from '../../../shared/health/health-index'
import type { HealthSourceId } from '../../../shared/health/schema'
import type { TrendMetric } from '../../../shared/health/trends'
import { formatNumericDate } from '../../components/format'
import type { ColumnContext, ProjectColumnSpec } from '../projects/columns'
import { badgeText, deltaText, healthCredit, signed } from './labels'

const figures = (p: TableProject, c: ColumnContext) => c.health.figures.get(p.id)
const credit = (source: HealthSourceId) => (c: ColumnContext) => healthCredit(c.t, source)
const number = (value: number | undefined, c: ColumnContext) => value?.toLocaleString(c.language, { maximumFractionDigits: 1 })

/** A change over the trend's window ("+120"), its full sentence on hover; losses in the warning colour. */
function delta(metric: TrendMetric): Pick<ProjectColumnSpec, 'value' | 'sortFn' | 'descFirst' | 'align' | 'cell' | 'text'> {
  const of = (p: TableProject, c: ColumnContext) => c.health.trends.get(p.id)?.deltas[metric]
  return {
    value: (p, c) => of(p, c)?.change,
    sortFn: 'basic',
    descFirst: true,
    align: 'end',
    cell: (p, c) => {
      const change = of(p, c)
      if (!change) return null
      return <Box component="span" title={deltaText(c.t, c.language, metric, change)} sx={{ color: change.change < 0 ? 'warning.main' : undefined }}>{signed(change.change, c.language)}</Box>
    },
    text: (p, c) => {
      const change = of(p, c)
      return change ? signed(change.change, c.language) : undefined
    },
  }
}

/**
 * The Projects table's columns over the health figures and trends (issue 14), hidden until the
 * user shows them (column-ids.ts). Each sorts, projects without a value last; a column of a
 * source's figures credits it in exports.
 */
export const HEALTH_COLUMNS: readonly ProjectColumnSpec[] = [
  {
    id: 'clomonitorScore', size: 148, value: (p, c) => figures(p, c)?.clomonitor?.score, sortFn: 'basic', descFirst: true, align: 'end',
    cell: (p, c) => number(figures(p, c)?.clomonitor?.score, c), credit: credit('clomonitor'),
  },
  {
    id: 'clomonitorRating', size: 116, value: (p, c) => figures(p, c)?.clomonitor?.rating, sortFn: 'text',
    cell: (p, c) => figures(p, c)?.clomonitor?.rating.toUpperCase(), text: (p, c) => figures(p, c)?.clomonitor?.rating.toUpperCase(), credit: credit('clomonitor'),
  },
  {
    // Sorted by the tiered percentage: a level and how far towards the next.
    id: 'badgeLevel', size: 130, value: (p, c) => figures(p, c)?.bestPractices?.tieredPercentage, sortFn: 'basic', descFirst: true,
    cell: (p, c) => {
      const badge = figures(p, c)?.bestPractices
      return badge ? <span title={badgeText(c.t, badge.level, badge.tieredPercentage)}>{c.t(`health.badges.${badge.level}`)}</span> : null
    },
    text: (p, c) => {
      const badge = figures(p, c)?.bestPractices
      return badge ? c.t(`health.badges.${badge.level}`) : undefined
    },
    credit: credit('bestPractices'),
  },
  {
    id: 'lfxHealth', size: 128, value: (p, c) => figures(p, c)?.lfx?.healthScore, sortFn: 'basic', descFirst: true, align: 'end',
    cell: (p, c) => number(figures(p, c)?.lfx?.healthScore, c), credit: credit('lfx'),
  },
  { id: 'starsDelta', size: 112, ...delta('stars') },
  { id: 'contributorsDelta', size: 120, ...delta('contributors') },
  { id: 'clomonitorDelta', size: 120, ...delta('clomonitor'), credit: credit('clomonitor') },
  {
    id: 'declining', size: 116, value: (p, c) => (c.health.trends.get(p.id)?.declining ? 1 : undefined), sortFn: 'basic', descFirst: true,
    cell: (p, c) => {
      const reason = c.health.trends.get(p.id)?.declining
      return reason ? <Chip size="small" color="warning" variant="outlined" label={c.t('health.declining')} title={c.t(`health.decliningReasons.${reason}`)} sx={{ height: 20, fontSize: 11.5 }} /> : null
    },
    text: (p, c) => {
      const reason = c.health.trends.get(p.id)?.declining
      return reason ? `${c.t('health.declining')}: ${c.t(`health.decliningReasons.${reason}`)}` : undefined
    },
  },
  { id: 'auditsCount', size: 92, value: (p) => (p.audits.length > 0 ? p.audits.length : undefined), sortFn: 'basic', descFirst: true, align: 'end' },
  {
    id: 'lastAudit', size: 112, value: (p) => lastAuditDate(p), sortFn: 'basic', descFirst: true,
    cell: (p, c) => <time dateTime={lastAuditDate(p)}>{formatNumericDate(lastAuditDate(p), c.language)}</time>,
    text: (p, c) => formatNumericDate(lastAuditDate(p), c.language),
  },
]
