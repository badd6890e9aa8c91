import { useTheme } from '@mui/material/styles'
import { useTranslation } from 'react-i18next'
import { attributionLines, chartCsv } from '../../../shared/insights/export'
import type { ChartTable } from '../../../shared/insights/table'
import { getBridge } from '../../bridge'
import { formatDate } from '../../components/format'
import { useDatasetMeta } from '../../db/hooks'
import { useNoticeStore } from '../../store/notice-store'
import { composeSvg, FIGURE_ATTRIBUTE, svgToPngBase64 } from './export-image'

export type ChartExportFormat = 'svg' | 'png' | 'csv'

const FILTERS: Record<ChartExportFormat, { name: string; extensions: string[] }> = {
  svg: { name: 'SVG image', extensions: ['svg'] },
  png: { name: 'PNG image', extensions: ['png'] },
  csv: { name: 'CSV', extensions: ['csv'] },
}

/** A file name from a title: letters, digits, dashes; never a path. */
function fileName(title: string, format: ChartExportFormat): string {
  const base = title.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'sandscape-chart'
  return `${base}.${format}`
}

/**
 * The one way Insights writes files: a chart card as SVG or PNG (drawn from the figures on screen)
 * or a chart's table as CSV, each ending with the attribution and the snapshot it comes from.
 */
export function useChartExport() {
  const { t, i18n } = useTranslation()
  const theme = useTheme()
  const meta = useDatasetMeta()
  const show = useNoticeStore((s) => s.show)

  const footer = () => {
    if (!meta) throw new Error('the dataset has not been read yet')
    const { source } = meta
    return attributionLines(source, t('insights.export.snapshot', { name: source.name, revision: source.revision.slice(0, 12), date: formatDate(source.date, i18n.language) }))
  }

  const save = async (title: string, format: ChartExportFormat, content: string, encoding?: 'base64') => {
    const result = await getBridge().saveTextFile({ suggestedName: fileName(title, format), content, filters: [FILTERS[format]], ...(encoding ? { encoding } : {}) })
    if (result.saved) show(result.path ? t('insights.export.savedTo', { path: result.path }) : t('insights.export.downloaded'), 'success')
    else if (result.error) show(result.error, 'error')
  }

  const image = (title: string, card: HTMLElement) => composeSvg([...card.querySelectorAll<HTMLElement>(`[${FIGURE_ATTRIBUTE}]`)], {
    title,
    footer: footer().map((line) => line.text),
    background: theme.palette.background.paper,
    text: theme.palette.text.primary,
    mutedText: theme.palette.text.secondary,
    fontFamily: String(theme.typography.fontFamily),
  })

  return {
    ready: Boolean(meta),
    async exportChart(format: ChartExportFormat, title: string, card: HTMLElement | null, table: ChartTable): Promise<void> {
      try {
        if (format === 'csv') return await save(table.title, 'csv', chartCsv(table, footer()))
        if (!card) throw new Error('the chart is not on screen')
        const svg = image(title, card)
        if (format === 'svg') return await save(title, 'svg', svg)
        return await save(title, 'png', await svgToPngBase64(svg), 'base64')
      } catch (error) {
        show(t('insights.export.failed', { reason: (error as Error).message }), 'error')
      }
    },
  }
}
