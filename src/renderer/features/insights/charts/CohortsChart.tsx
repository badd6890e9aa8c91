import { useMemo } from 'react'
import { useTheme } from '@mui/material/styles'
import { BarChart } from '@mui/x-charts/BarChart'
import { LineChart } from '@mui/x-charts/LineChart'
import { ScatterChart } from '@mui/x-charts/ScatterChart'
import { useTranslation } from '../../../i18n/useTranslation'
import type { Project } from '../../../../shared/dataset/schema'
import { cohorts, FATES, type Cohort } from '../../../../shared/insights/cohorts'
import type { Selection } from '../../../../shared/insights/scope'
import { cohortsTable } from '../../../../shared/insights/table'
import { yearsFromDays } from '../../../../shared/insights/time'
import { ChartCard } from '../ChartCard'
import { ChartFigure } from '../ChartFigure'
import { useChartCommon } from '../chart-common'
import { useInsightsFormat } from '../format'
import { cohortLineColor, fateColor } from '../palette'

const EMPHASISED = '2023'
const PROMOTION_MARKS = ['fastest', 'median', 'slowest'] as const

/** Each intake year of the Sandbox: where its projects are today, how long promotion took, how many are still around. */
export function CohortsChart({ projects, asOf, onOpen }: { projects: readonly Project[]; asOf: string; onOpen: (selection: Selection) => void }) {
  const { t } = useTranslation()
  const mode = useTheme().palette.mode
  const format = useInsightsFormat()
  const common = useChartCommon()
  const all = useMemo(() => cohorts(projects, asOf), [projects, asOf])
  // Years with no intake stay in the table; there is nothing to draw for them.
  const drawn = all.filter((c) => c.size > 0)
  const rowLabel = (c: Cohort) => t('insights.cohorts.rowLabel', { year: c.year, count: c.size })
  const table = cohortsTable(all, {
    title: t('insights.cohorts.title'),
    year: t('insights.cohorts.year'),
    size: t('insights.cohorts.size'),
    fate: (fate) => t(`insights.fate.${fate}`),
    share: (fate) => t('insights.cohorts.shareOf', { fate: t(`insights.fate.${fate}`) }),
    promoted: t('insights.cohorts.promotedEver'),
    medianYears: t('insights.cohorts.median'),
    fastestYears: t('insights.cohorts.fastest'),
    slowestYears: t('insights.cohorts.slowest'),
    survivalAfter: (years) => t('insights.cohorts.survivalAfter', { count: years }),
  })
  const promoted = drawn.filter((c) => c.promotion.count > 0)
  const longest = Math.max(0, ...drawn.map((c) => c.survival.length))
  const lowest = Math.min(1, ...drawn.flatMap((c) => c.survival.map((p) => p.share)))
  const survivalFloor = Math.max(0, Math.floor((lowest - 0.05) * 10) / 10)
  const markColor = { fastest: mode === 'light' ? '#56B4E9' : '#9AD3F5', median: mode === 'light' ? '#0072B2' : '#E8F4FB', slowest: mode === 'light' ? '#CC79A7' : '#E3A6C8' }

  return (
    <ChartCard
      id="cohorts"
      title={t('insights.cohorts.title')}
      description={t('insights.cohorts.description')}
      table={table}
      onOpen={onOpen}
      empty={drawn.length === 0 ? t('insights.cohorts.empty') : undefined}
      footer={t('insights.cohorts.footnote')}
    >
      <ChartFigure heading={t('insights.cohorts.fatesHeading')} legend={FATES.map((fate) => ({ id: fate, label: t(`insights.fate.${fate}`), color: fateColor(fate, mode) }))}>
        <BarChart
          height={Math.max(160, drawn.length * 30 + 50)}
          {...common.chartProps}
          sx={common.barSx}
          hideLegend
          layout="horizontal"
          yAxis={[{ scaleType: 'band', data: drawn.map((c) => c.year), width: 90, valueFormatter: (year: string) => {
            const cohort = drawn.find((c) => c.year === year)
            return cohort ? rowLabel(cohort) : String(year ?? '')
          } }]}
          xAxis={[{ min: 0, max: 1, tickInterval: [0, 0.25, 0.5, 0.75, 1], valueFormatter: (v: number) => format.share(v) }]}
          series={FATES.map((fate) => ({
            id: fate,
            label: t(`insights.fate.${fate}`),
            stack: 'fates',
            stackOffset: 'expand' as const,
            color: fateColor(fate, mode),
            data: drawn.map((c) => c.fates[fate].ids.length),
            valueFormatter: (value: number | null, { dataIndex }: { dataIndex: number }) =>
              value && drawn[dataIndex] ? t('insights.cohorts.fateValue', { count: format.count(value), share: format.share(drawn[dataIndex].fates[fate].share) }) : null,
          }))}
          slotProps={{ tooltip: { trigger: 'axis' } }}
          onItemClick={(_, item) => {
            const fate = drawn[item.dataIndex]?.fates[item.seriesId as (typeof FATES)[number]]
            if (fate?.ids.length) onOpen(fate.selection)
          }}
        />
      </ChartFigure>
      <ChartFigure heading={t('insights.cohorts.promotionHeading')} legend={PROMOTION_MARKS.map((mark) => ({ id: mark, label: t(`insights.cohorts.mark.${mark}`), color: markColor[mark] }))}>
        <ScatterChart
          height={Math.max(140, promoted.length * 30 + 60)}
          {...common.chartProps}
          hideLegend
          yAxis={[{
            min: -0.5, max: promoted.length - 0.5, width: 90, tickInterval: promoted.map((_, i) => i),
            valueFormatter: (i: number) => (promoted[i] ? t('insights.cohorts.promotedRow', { year: promoted[i].year, count: promoted[i].promotion.count }) : ''),
          }]}
          xAxis={[{ min: 0, tickMinStep: 1, label: t('insights.cohorts.yearsAxis'), valueFormatter: (v: number) => format.count(v) }]}
          series={PROMOTION_MARKS.map((mark) => ({
            id: mark,
            label: t(`insights.cohorts.mark.${mark}`),
            color: markColor[mark],
            markerSize: mark === 'median' ? 7 : 5,
            data: promoted.map((c, i) => ({ id: `${c.year}-${mark}`, y: i, x: yearsFromDays(mark === 'fastest' ? c.promotion.minDays! : mark === 'median' ? c.promotion.medianDays! : c.promotion.maxDays!) })),
            valueFormatter: (value: { x: number; y: number }) => t('insights.cohorts.promotionValue', { year: promoted[value.y]?.year ?? '', years: format.years(value.x) }),
          }))}
        />
      </ChartFigure>
      <ChartFigure heading={t('insights.cohorts.survivalHeading')} legend={drawn.map((c, i) => ({ id: c.year, label: c.year, color: cohortLineColor(c.year, i, drawn.length, mode), emphasis: c.year === EMPHASISED }))}>
        <LineChart
          height={320}
          {...common.chartProps}
          hideLegend
          xAxis={[{ data: Array.from({ length: longest }, (_, i) => i), scaleType: 'point', label: t('insights.cohorts.yearsSince'), valueFormatter: (v: number, context) => (context.location === 'tooltip' ? t('insights.cohorts.afterYears', { count: v }) : format.count(v)) }]}
          // From the nearest tenth below the lowest share: the lines stay apart, the axis says where it starts.
          yAxis={[{ min: survivalFloor, max: 1, width: 56, valueFormatter: (v: number) => format.share(v) }]}
          series={drawn.map((c, i) => ({
            id: c.year,
            label: c.year,
            color: cohortLineColor(c.year, i, drawn.length, mode),
            showMark: c.year === EMPHASISED,
            shape: 'circle' as const,
            curve: 'linear' as const,
            data: Array.from({ length: longest }, (_, k) => c.survival[k]?.share ?? null),
            valueFormatter: (value: number | null, { dataIndex }: { dataIndex: number }) =>
              value === null ? null : t('insights.cohorts.survivalValue', { share: format.share(value), count: c.survival[dataIndex]?.atRisk ?? 0 }),
            highlightScope: { highlight: 'series' as const, fade: 'global' as const },
          }))}
          sx={{
            '& .MuiLineChart-line': { strokeWidth: 1.5 },
            [`& .MuiLineChart-line[data-series="${EMPHASISED}"]`]: { strokeWidth: 4 },
          }}
          slotProps={{ tooltip: { trigger: 'axis' } }}
          onLineClick={(_, item) => {
            const cohort = drawn.find((c) => c.year === String(item.seriesId))
            if (cohort) onOpen(cohort.selection)
          }}
        />
      </ChartFigure>
    </ChartCard>
  )
}
