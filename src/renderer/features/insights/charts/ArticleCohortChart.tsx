import { useMemo } from 'react'
import Link from '@mui/material/Link'
import { useTheme } from '@mui/material/styles'
import { BarChart } from '@mui/x-charts/BarChart'
import { useTranslation } from '../../../i18n/useTranslation'
import type { Project } from '../../../../shared/dataset/schema'
import { articleCohort } from '../../../../shared/insights/article-cohort'
import type { Selection } from '../../../../shared/insights/scope'
import { articleTable, STAGE_LEVELS } from '../../../../shared/insights/table'
import { yearsFromDays } from '../../../../shared/insights/time'
import { projectStatusSource } from '../../../registry/registry'
import { navigate } from '../../../router/router'
import { projectHref } from '../../project-detail/views'
import { ChartCard } from '../ChartCard'
import { ChartFigure } from '../ChartFigure'
import { useChartCommon } from '../chart-common'
import { useInsightsFormat } from '../format'
import { maturityColor } from '../palette'

const noStatuses = () => undefined
/** The user's statuses, from the feature that keeps them (registry); none: the chart shows none. */
const useStatuses = projectStatusSource()?.useStatuses ?? noStatuses

/** The article's 25 projects, then and now: each one's path since acceptance, in years per level. */
export function ArticleCohortChart({ projects, asOf, onOpen }: { projects: readonly Project[]; asOf: string; onOpen: (selection: Selection) => void }) {
  const { t } = useTranslation()
  const mode = useTheme().palette.mode
  const format = useInsightsFormat()
  const common = useChartCommon()
  const statuses = useStatuses()
  const data = useMemo(() => articleCohort(projects, asOf, (id) => statuses?.get(id)), [projects, asOf, statuses])
  const rows = data.projects
  const levels = STAGE_LEVELS.filter((level) => rows.some((p) => p.stages.some((s) => s.level === level)))
  const levelLabel = (level: string) => (level === 'inception' ? t('entryLevel.inception') : t(`maturity.${level}`))
  const table = articleTable(data, {
    title: t('insights.article.title'),
    project: t('insights.article.project'),
    accepted: t('insights.article.accepted'),
    now: t('insights.article.now'),
    maturity: (m) => t(`maturity.${m}`),
    yearsAt: (level) => t(`insights.article.yearsAt.${level}`),
    path: t('insights.article.path'),
    level: levelLabel,
    status: t('insights.article.status'),
  }, format.numericDate)
  const label = (i: number) => (rows[i].status ? `${rows[i].name} · ${rows[i].status}` : rows[i].name)

  return (
    <ChartCard
      id="cohort-2023"
      title={t('insights.article.title')}
      description={t('insights.article.description')}
      table={table}
      onOpen={onOpen}
      empty={rows.length === 0 ? t('insights.article.empty') : undefined}
      controls={rows.length > 0 ? (
        <>
          <span>{t('insights.article.summary', {
            count: rows.length,
            now: (['sandbox', 'incubating', 'graduated', 'archived'] as const).filter((m) => data.now[m] > 0)
              .map((m) => t(`insights.article.nowCount.${m}`, { count: data.now[m] })).join(', '),
          })}</span>
          <Link component="button" type="button" onClick={() => onOpen(data.selection)}>{t('insights.article.openAll', { count: rows.length })}</Link>
        </>
      ) : undefined}
    >
      <ChartFigure legend={levels.map((level) => ({ id: level, label: levelLabel(level), color: maturityColor(level, mode) }))}>
        <BarChart
          height={Math.max(140, rows.length * 24 + 60)}
          {...common.chartProps}
          sx={common.barSx}
          hideLegend
          layout="horizontal"
          yAxis={[{ scaleType: 'band', data: rows.map((_, i) => i), width: 'auto', valueFormatter: (i: number) => (rows[i] ? label(i) : '') }]}
          xAxis={[{ min: 0, tickMinStep: 0.5, label: t('insights.article.axis'), valueFormatter: (v: number) => format.count(v) }]}
          series={levels.map((level) => ({
            id: level,
            label: levelLabel(level),
            stack: 'path',
            color: maturityColor(level, mode),
            data: rows.map((p) => {
              const days = p.stages.filter((s) => s.level === level).reduce((sum, s) => sum + s.days, 0)
              return days > 0 ? yearsFromDays(days) : null
            }),
            valueFormatter: (value: number | null, { dataIndex }: { dataIndex: number }) => {
              const stage = rows[dataIndex]?.stages.find((s) => s.level === level)
              return value === null || !stage ? null : t('insights.article.stageValue', { years: format.years(value), from: format.date(stage.from), to: format.date(stage.to) })
            },
          }))}
          slotProps={{ tooltip: { trigger: 'axis' } }}
          onItemClick={(_, item) => {
            const row = rows[item.dataIndex]
            if (row) navigate(projectHref(row.id))
          }}
        />
      </ChartFigure>
    </ChartCard>
  )
}
