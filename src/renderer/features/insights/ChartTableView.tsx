import Link from '@mui/material/Link'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import { useTranslation } from '../../i18n/useTranslation'
import type { Selection } from '../../../shared/insights/scope'
import type { ChartCell, ChartColumn, ChartTable } from '../../../shared/insights/table'
import { projectHref } from '../project-detail/views'
import type { InsightsFormat } from './format'

function text(cell: ChartCell | undefined, column: ChartColumn, format: InsightsFormat): string {
  const value = cell?.value ?? null
  if (value === null) return '—'
  if (typeof value === 'string') return column.format === 'date' ? format.numericDate(value) : value
  switch (column.format) {
    case 'share': return format.share(value)
    case 'years': return format.years(value)
    default: return format.count(value)
  }
}

/**
 * A chart's numbers as a real table, the same ones the chart draws (shared/insights/table.ts):
 * the accessible view and the one to copy from. A count opens its projects in the table; a
 * project's name opens its page.
 */
export function ChartTableView({ table, format, onOpen }: { table: ChartTable; format: InsightsFormat; onOpen: (selection: Selection) => void }) {
  const { t } = useTranslation()
  return (
    <TableContainer sx={{ maxHeight: 520, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label={table.title}>
        <TableHead>
          <TableRow>
            {table.columns.map((column) => (
              <TableCell key={column.id} align={column.format === 'text' || column.format === 'date' ? 'left' : 'right'} sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                {column.header}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows.map((row, i) => (
            <TableRow key={i} hover>
              {table.columns.map((column, c) => {
                const cell = row[column.id]
                const shown = text(cell, column, format)
                const numeric = column.format !== 'text' && column.format !== 'date'
                const content = cell?.projectId
                  ? <Link href={projectHref(cell.projectId)}>{shown}</Link>
                  : cell?.selection && typeof cell.value === 'number' && cell.value > 0
                    ? (
                      <Link component="button" type="button" onClick={() => onOpen(cell.selection!)} sx={{ font: 'inherit', verticalAlign: 'baseline' }}
                        aria-label={t('insights.openCount', { count: cell.value, what: `${text(row[table.columns[0].id], table.columns[0], format)}, ${column.header}` })}>
                        {shown}
                      </Link>
                    )
                    : shown
                return (
                  <TableCell key={column.id} component={c === 0 ? 'th' : 'td'} scope={c === 0 ? 'row' : undefined} align={numeric ? 'right' : 'left'}
                    sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {content}
                  </TableCell>
                )
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
