import { useMemo, useState } from 'react'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import { useTheme } from '@mui/material/styles'
import { BarChart } from '@mui/x-charts/BarChart'
import { useTranslation } from '../../../i18n/useTranslation'
import type { Maturity, Project } from '../../../../shared/dataset/schema'
import { intake, OTHER_CATEGORIES, type IntakeGrouping, type IntakePeriod } from '../../../../shared/insights/intake'
import type { Selection } from '../../../../shared/insights/scope'
import { intakeTable } from '../../../../shared/insights/table'
import { ChartCard } from '../ChartCard'
import { ChartFigure } from '../ChartFigure'
import { useChartCommon } from '../chart-common'
import { useInsightsFormat } from '../format'
import { categoryColor, maturityColor } from '../palette'

/** Acceptances per year or quarter, stacked by maturity today or by main category. */
export function IntakeChart({ projects, onOpen }: { projects: readonly Project[]; onOpen: (selection: Selection) => void }) {
  const { t } = useTranslation()
  const mode = useTheme().palette.mode
  const format = useInsightsFormat()
  const common = useChartCommon()
  const [grouping, setGrouping] = useState<IntakeGrouping>('maturity')
  const [period, setPeriod] = useState<IntakePeriod>('year')
  const data = useMemo(() => intake(projects, grouping, period), [projects, grouping, period])

  const groupLabel = (group: string) => grouping === 'maturity' ? t(`maturity.${group}`) : group === OTHER_CATEGORIES ? t('insights.intake.otherCategories') : group
  const colorOf = (group: string, index: number) => grouping === 'maturity' ? maturityColor(group as Maturity, mode) : categoryColor(index, group === OTHER_CATEGORIES, mode)
  const periodLabel = (bar: (typeof data.bars)[number]) => (bar.quarter ? format.quarter(bar.year, bar.quarter) : bar.year)
  const table = intakeTable(data, { title: t('insights.intake.title'), period: t(period === 'year' ? 'insights.intake.year' : 'insights.intake.quarter'), total: t('insights.total'), periodLabel, group: groupLabel })

  return (
    <ChartCard
      id="intake"
      title={t('insights.intake.title')}
      description={t('insights.intake.description')}
      table={table}
      onOpen={onOpen}
      empty={data.bars.length === 0 ? t('insights.intake.empty') : undefined}
      controls={(
        <>
          <ToggleButtonGroup size="small" exclusive value={grouping} onChange={(_, v: IntakeGrouping | null) => v && setGrouping(v)} aria-label={t('insights.intake.stackBy')}>
            <ToggleButton value="maturity">{t('insights.intake.byMaturity')}</ToggleButton>
            <ToggleButton value="category">{t('insights.intake.byCategory')}</ToggleButton>
          </ToggleButtonGroup>
          <ToggleButtonGroup size="small" exclusive value={period} onChange={(_, v: IntakePeriod | null) => v && setPeriod(v)} aria-label={t('insights.intake.per')}>
            <ToggleButton value="year">{t('insights.intake.perYear')}</ToggleButton>
            <ToggleButton value="quarter">{t('insights.intake.perQuarter')}</ToggleButton>
          </ToggleButtonGroup>
        </>
      )}
      footer={period === 'quarter' || grouping === 'category' || data.undated.length > 0 ? (
        <>
          {period === 'quarter' && <span>{t('insights.intake.quarterNote')} </span>}
          {grouping === 'category' && <span>{t('insights.intake.categoryNote')} </span>}
          {data.undated.length > 0 && <span>{t('insights.intake.undated', { count: data.undated.length })}</span>}
        </>
      ) : undefined}
    >
      <ChartFigure legend={data.groups.map((group, i) => ({ id: group, label: groupLabel(group), color: colorOf(group, i) }))}>
        <BarChart
          height={340}
          {...common.chartProps}
          sx={common.barSx}
          hideLegend
          xAxis={[{
            scaleType: 'band',
            data: data.bars.map((b) => b.period),
            categoryGapRatio: period === 'year' ? 0.25 : 0.15,
            // One label a year by quarter: the first quarter's bar says the year.
            tickLabelInterval: period === 'quarter' ? (value: unknown) => String(value).endsWith('Q1') : 'auto',
            valueFormatter: (value: string, context) => {
              const bar = data.bars.find((b) => b.period === value)
              if (!bar) return value
              if (context.location === 'tooltip') return t('insights.intake.tooltipHeader', { period: periodLabel(bar), count: bar.total })
              return bar.year
            },
          }]}
          yAxis={[{ label: t('insights.intake.axis'), tickMinStep: 1 }]}
          series={data.groups.map((group, i) => ({
            id: group,
            label: groupLabel(group),
            stack: 'intake',
            color: colorOf(group, i),
            data: data.bars.map((b) => b.segments[group].ids.length),
            valueFormatter: (value: number | null) => (value ? format.count(value) : null),
          }))}
          slotProps={{ tooltip: { trigger: 'axis' } }}
          onItemClick={(_, item) => {
            const segment = data.bars[item.dataIndex]?.segments[String(item.seriesId)]
            if (segment?.ids.length) onOpen(segment.selection)
          }}
        />
      </ChartFigure>
    </ChartCard>
  )
}
