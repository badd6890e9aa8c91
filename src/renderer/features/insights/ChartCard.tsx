import { useId, useRef, useState, type ReactNode } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import FormControlLabel from '@mui/material/FormControlLabel'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Switch from '@mui/material/Switch'
import Typography from '@mui/material/Typography'
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import type { Selection } from '../../../shared/insights/scope'
import type { ChartTable } from '../../../shared/insights/table'
import { ChartErrorBoundary } from './ChartErrorBoundary'
import { ChartTableView } from './ChartTableView'
import { useInsightsFormat } from './format'
import { useChartExport, type ChartExportFormat } from './useChartExport'

interface ChartCardProps {
  /** The section's anchor. */
  id: string
  title: string
  description: ReactNode
  /** The chart's own options (grouping, period, year). */
  controls?: ReactNode
  /** The numbers the figures draw: "show as table" and CSV. */
  table: ChartTable
  /** More data to export as CSV (a list the card shows beside its chart). */
  moreCsv?: readonly ChartTable[]
  onOpen: (selection: Selection) => void
  /** The figures (ChartFigure); kept drawn while the table shows, so images export either way. */
  children: ReactNode
  /** Under the chart or table, always shown. */
  footer?: ReactNode
  /** Said instead of the chart when the scope leaves it nothing to draw. */
  empty?: string
}

/** A chart with its title, options, "show as table" switch and export menu. */
export function ChartCard({ id, title, description, controls, table, moreCsv = [], onOpen, children, footer, empty }: ChartCardProps) {
  const { t } = useTranslation()
  const format = useInsightsFormat()
  const { exportChart, ready } = useChartExport()
  const [asTable, setAsTable] = useState(false)
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const figures = useRef<HTMLDivElement>(null)
  const headingId = useId()
  const menuId = useId()

  const run = (format: ChartExportFormat, csv: ChartTable = table) => {
    setAnchor(null)
    void exportChart(format, title, figures.current, csv)
  }

  return (
    <Paper component="section" id={id} aria-labelledby={headingId} variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.25, scrollMarginTop: 8 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, flexWrap: 'wrap' }}>
        <Box sx={{ flex: '1 1 420px', minWidth: 0 }}>
          <Typography variant="h2" id={headingId}>{title}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 900 }}>{description}</Typography>
        </Box>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <FormControlLabel control={<Switch size="small" checked={asTable} disabled={Boolean(empty)} onChange={(e) => setAsTable(e.target.checked)} />} label={t('insights.showTable')} sx={{ mr: 0 }} />
          <Button size="small" startIcon={<DownloadIcon />} disabled={!ready || Boolean(empty)} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu"
            aria-expanded={anchor ? true : undefined} aria-controls={anchor ? menuId : undefined} aria-label={t('insights.export.button', { chart: title })}>
            {t('insights.export.label')}
          </Button>
          <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
            <MenuItem onClick={() => run('svg')}>{t('insights.export.svg')}</MenuItem>
            <MenuItem onClick={() => run('png')}>{t('insights.export.png')}</MenuItem>
            <MenuItem onClick={() => run('csv')}>{t('insights.export.csv')}</MenuItem>
            {moreCsv.map((extra) => <MenuItem key={extra.title} onClick={() => run('csv', extra)}>{t('insights.export.csvOf', { title: extra.title })}</MenuItem>)}
          </Menu>
        </Box>
      </Box>
      {controls && <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>{controls}</Box>}
      {empty ? <Typography color="text.secondary">{empty}</Typography> : (
        <ChartErrorBoundary message={(reason) => t('insights.chart.failed', { reason })}>
          {asTable && <ChartTableView table={table} format={format} onOpen={onOpen} />}
          <Box ref={figures} inert={asTable}
            sx={asTable ? { visibility: 'hidden', height: 0, overflow: 'hidden' } : { display: 'flex', flexDirection: 'column', gap: 2 }}>
            {children}
          </Box>
        </ChartErrorBoundary>
      )}
      {footer && <Typography variant="caption" color="text.secondary" component="div">{footer}</Typography>}
    </Paper>
  )
}
