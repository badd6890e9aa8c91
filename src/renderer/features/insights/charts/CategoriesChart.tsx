import { useMemo, useState } from 'react'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import { useTheme } from '@mui/material/styles'
import { BarChart } from '@mui/x-charts/BarChart'
import { useTranslation } from '../../../i18n/useTranslation'
import type { Project } from '../../../../shared/dataset/schema'
import { sandboxCategories, type CategoryLevel } from '../../../../shared/insights/categories'
import type { Selection } from '../../../../shared/insights/scope'
import { categoriesTable } from '../../../../shared/insights/table'
import { ChartCard } from '../ChartCard'
import { ChartFigure } from '../ChartFigure'
import { useChartCommon } from '../chart-common'
import { useInsightsFormat } from '../format'
import { categoryColor } from '../palette'

/** Colours for the largest categories; the rest share grey. */
const NAMED_CATEGORIES = 7

/** The Sandbox today by category or subcategory, largest first; subcategories take their category's colour. */
export function CategoriesChart({ projects, onOpen }: { projects: readonly Project[]; onOpen: (selection: Selection) => void }) {
  const { t } = useTranslation()
  const mode = useTheme().palette.mode
  const format = useInsightsFormat()
  const common = useChartCommon()
  const [level, setLevel] = useState<CategoryLevel>('category')
  const categories = useMemo(() => sandboxCategories(projects, 'category'), [projects])
  const data = useMemo(() => (level === 'category' ? categories : sandboxCategories(projects, 'subcategory')), [level, categories, projects])
  const largest = Math.max(1, ...data.bars.map((bar) => bar.ids.length))
  const rank = new Map(categories.bars.map((bar, i) => [bar.name, i]))
  const colorOfCategory = (category: string) => categoryColor(rank.get(category) ?? 0, (rank.get(category) ?? NAMED_CATEGORIES) >= NAMED_CATEGORIES, mode)
  // One colour for categories (each has its own bar and label); subcategories take their category's.
  const colorOf = (bar: (typeof data.bars)[number]) => (level === 'category' ? categoryColor(0, false, mode) : colorOfCategory(bar.categories[0]))
  const legend = level === 'subcategory'
    ? categories.bars.slice(0, NAMED_CATEGORIES).map((bar) => ({ id: bar.name, label: bar.name, color: colorOfCategory(bar.name) }))
      .concat(categories.bars.length > NAMED_CATEGORIES ? [{ id: 'other', label: t('insights.intake.otherCategories'), color: categoryColor(0, true, mode) }] : [])
    : []
  const table = categoriesTable(data.bars, level, {
    title: t('insights.categories.title'),
    name: t(level === 'category' ? 'facets.category' : 'facets.subcategory'),
    categories: t('insights.categories.under'),
    count: t('insights.categories.count'),
  })

  return (
    <ChartCard
      id="categories"
      title={t('insights.categories.title')}
      description={t('insights.categories.description')}
      table={table}
      onOpen={onOpen}
      empty={data.total === 0 ? t('insights.categories.empty') : undefined}
      controls={(
        <ToggleButtonGroup size="small" exclusive value={level} onChange={(_, v: CategoryLevel | null) => v && setLevel(v)} aria-label={t('insights.categories.level')}>
          <ToggleButton value="category">{t('insights.categories.byCategory')}</ToggleButton>
          <ToggleButton value="subcategory">{t('insights.categories.bySubcategory')}</ToggleButton>
        </ToggleButtonGroup>
      )}
      footer={t('insights.categories.footnote', { count: data.total })}
    >
      <ChartFigure legend={legend}>
        <BarChart
          height={Math.max(160, data.bars.length * (level === 'category' ? 30 : 22) + 60)}
          {...common.chartProps}
          hideLegend
          layout="horizontal"
          yAxis={[{
            scaleType: 'band',
            data: data.bars.map((bar) => bar.name),
            width: 'auto',
            colorMap: { type: 'ordinal', values: data.bars.map((bar) => bar.name), colors: data.bars.map(colorOf) },
          }]}
          // Room past the longest bar for its label.
          xAxis={[{ min: 0, max: Math.ceil(largest * 1.08), label: t('insights.categories.axis'), tickMinStep: largest > 20 ? 5 : 1 }]}
          series={[{
            id: 'count',
            label: t('insights.categories.count'),
            barLabel: 'value',
            barLabelPlacement: 'outside',
            data: data.bars.map((bar) => bar.ids.length),
            valueFormatter: (value: number | null, { dataIndex }: { dataIndex: number }) => {
              const bar = data.bars[dataIndex]
              if (value === null || !bar) return null
              return level === 'subcategory' ? t('insights.categories.subcategoryValue', { count: format.count(value), categories: bar.categories.join(', ') }) : format.count(value)
            },
          }]}
          onItemClick={(_, item) => {
            const bar = data.bars[item.dataIndex]
            if (bar?.ids.length) onOpen(bar.selection)
          }}
        />
      </ChartFigure>
    </ChartCard>
  )
}
