import { useTheme } from '@mui/material/styles'
import { toExportTable } from '../../../shared/insights/export'
import type { ChartTable } from '../../../shared/insights/table'
import { exportFileName } from '../../../shared/export/render'
import { useExport } from '../../components/export/useExport'
import { composeSvg, FIGURE_ATTRIBUTE } from './export-image'

export type ChartExportFormat = 'svg' | 'png' | 'csv'

/**
 * The one way Insights writes files, through the export envelope: a chart card as SVG or PNG
 * (drawn from the figures on screen, the attribution under it) or a chart's table as CSV.
 */
export function useChartExport() {
  const theme = useTheme()
  const exporter = useExport()

  const picture = (title: string, card: HTMLElement) => ({
    ...composeSvg([...card.querySelectorAll<HTMLElement>(`[${FIGURE_ATTRIBUTE}]`)], {
      title,
      background: theme.palette.background.paper,
      text: theme.palette.text.primary,
      mutedText: theme.palette.text.secondary,
      fontFamily: String(theme.typography.fontFamily),
    }),
    background: theme.palette.background.paper,
    textColor: theme.palette.text.secondary,
  })

  return {
    ready: exporter.ready,
    async exportChart(format: ChartExportFormat, title: string, card: HTMLElement | null, table: ChartTable): Promise<void> {
      if (format === 'csv') return exporter.save({ kind: 'table', format: 'csv', table: toExportTable(table) })
      if (!card) return
      // The file is named for the chart; its extension comes with the format.
      const name = exportFileName(title, 'svg').replace(/\.svg$/, '')
      return exporter.savePicture(title, picture(title, card), format, name)
    },
  }
}
