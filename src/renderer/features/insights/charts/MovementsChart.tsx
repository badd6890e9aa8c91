import { useMemo, useState } from 'react'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Link from '@mui/material/Link'
import MenuItem from '@mui/material/MenuItem'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import { useTheme } from '@mui/material/styles'
import { BarChart } from '@mui/x-charts/BarChart'
import { useTranslation } from '../../../i18n/useTranslation'
import type { Project } from '../../../../shared/dataset/schema'
import { MOVEMENT_KINDS, movementBars, movements, movementYears, type Movement } from '../../../../shared/insights/movements'
import type { Selection } from '../../../../shared/insights/scope'
import { movementListTable, movementsTable } from '../../../../shared/insights/table'
import { projectHref } from '../../project-detail/views'
import { ChartCard } from '../ChartCard'
import { ChartFigure } from '../ChartFigure'
import { useChartCommon } from '../chart-common'
import { useInsightsFormat } from '../format'
import { movementColor } from '../palette'

const ALL_YEARS = 'all'

/**
 * Promotions and archivals over time. Movements have no filter in the table, so a click narrows
 * this card instead: a year's bar opens that year by month, a month's bar narrows the list below.
 */
export function MovementsChart({ projects, onOpen }: { projects: readonly Project[]; onOpen: (selection: Selection) => void }) {
  const { t } = useTranslation()
  const mode = useTheme().palette.mode
  const format = useInsightsFormat()
  const common = useChartCommon()
  const list = useMemo(() => movements(projects), [projects])
  const years = useMemo(() => movementYears(list), [list])
  const [chosenYear, setYear] = useState(ALL_YEARS)
  const [month, setMonth] = useState<string | undefined>()
  const year = years.includes(chosenYear) ? chosenYear : ALL_YEARS
  const bars = useMemo(() => movementBars(list, year === ALL_YEARS ? undefined : year), [list, year])
  const periodLabel = (period: string) => (String(period).length === 4 ? period : format.month(period))
  const kindLabel = (kind: Movement['kind']) => t(`insights.movements.kind.${kind}`)
  const describe = (m: Movement) => t('insights.movements.move', { from: m.from === 'inception' ? t('entryLevel.inception') : t(`maturity.${m.from}`), to: t(`maturity.${m.kind}`) })
  const shown = list.filter((m) => (year === ALL_YEARS || m.date.startsWith(`${year}-`)) && (!month || m.date.startsWith(`${month}-`))).reverse()
  const table = movementsTable(bars, { title: t('insights.movements.title'), period: t(year === ALL_YEARS ? 'insights.intake.year' : 'insights.movements.month'), total: t('insights.total'), periodLabel: year === ALL_YEARS ? periodLabel : format.monthYear, kind: kindLabel })
  const listTable = movementListTable(shown, { title: t('insights.movements.listTitle'), date: t('insights.movements.date'), project: t('insights.article.project'), move: t('insights.movements.moveHeader'), describe })

  const chooseYear = (value: string) => { setYear(value); setMonth(undefined) }

  return (
    <ChartCard
      id="movements"
      title={t('insights.movements.title')}
      description={t('insights.movements.description')}
      table={table}
      moreCsv={[listTable]}
      onOpen={onOpen}
      empty={list.length === 0 ? t('insights.movements.empty') : undefined}
      controls={(
        <>
          <TextField select size="small" label={t('insights.movements.yearFilter')} value={year} onChange={(e) => chooseYear(e.target.value)} sx={{ minWidth: 160 }}>
            <MenuItem value={ALL_YEARS}>{t('insights.movements.allYears')}</MenuItem>
            {years.map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
          </TextField>
          {month && <Chip label={format.monthYear(month)} onDelete={() => setMonth(undefined)} />}
        </>
      )}
      footer={(
        <TableContainer sx={{ maxHeight: 280, mt: 1, border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Table size="small" stickyHeader aria-label={t('insights.movements.listTitle')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ fontWeight: 600 }}>{t('insights.movements.date')}</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>{t('insights.article.project')}</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>{t('insights.movements.moveHeader')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map((m) => (
                <TableRow key={`${m.projectId}-${m.kind}`} hover>
                  <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}><time dateTime={m.date}>{format.numericDate(m.date)}</time></TableCell>
                  <TableCell component="th" scope="row"><Link href={projectHref(m.projectId)}>{m.name}</Link></TableCell>
                  <TableCell>
                    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
                      <Box aria-hidden="true" sx={{ width: 10, height: 10, borderRadius: '2px', bgcolor: movementColor(m.kind, mode) }} />
                      {describe(m)}
                    </Box>
                  </TableCell>
                </TableRow>
              ))}
              {shown.length === 0 && <TableRow><TableCell colSpan={3}>{t('insights.movements.none')}</TableCell></TableRow>}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    >
      <ChartFigure legend={MOVEMENT_KINDS.map((kind) => ({ id: kind, label: kindLabel(kind), color: movementColor(kind, mode) }))}>
        <BarChart
          height={300}
          {...common.chartProps}
          sx={common.barSx}
          hideLegend
          xAxis={[{
            scaleType: 'band',
            data: bars.map((b) => b.period),
            valueFormatter: (period: string, context) => (context.location === 'tooltip' ? t('insights.movements.tooltipHeader', { period: year === ALL_YEARS ? period : format.monthYear(period), count: bars.find((b) => b.period === period)?.total ?? 0 }) : periodLabel(period)),
          }]}
          yAxis={[{ label: t('insights.movements.axis'), tickMinStep: 1 }]}
          series={MOVEMENT_KINDS.map((kind) => ({
            id: kind,
            label: kindLabel(kind),
            stack: 'moves',
            color: movementColor(kind, mode),
            data: bars.map((b) => b.byKind[kind].length),
            valueFormatter: (value: number | null, { dataIndex }: { dataIndex: number }) =>
              value && bars[dataIndex] ? `${format.count(value)}: ${bars[dataIndex].byKind[kind].map((m) => m.name).join(', ')}` : null,
          }))}
          slotProps={{ tooltip: { trigger: 'axis' } }}
          onItemClick={(_, item) => {
            const bar = bars[item.dataIndex]
            if (!bar?.total) return
            if (year === ALL_YEARS) chooseYear(bar.period)
            else setMonth((current) => (current === bar.period ? undefined : bar.period))
          }}
        />
      </ChartFigure>
    </ChartCard>
  )
}
