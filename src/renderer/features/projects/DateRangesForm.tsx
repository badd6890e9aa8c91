import Box from '@mui/material/Box'
import IconButton from '@mui/material/IconButton'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import CloseIcon from '@mui/icons-material/Close'
import { useTranslation } from '../../i18n/useTranslation'
import { DATE_FIELDS, isOpenRange, type DateField, type DateRanges } from '../../../shared/projects/dates'
import { QuickPicks } from './DateFilter'

export interface DateRangesFormProps {
  dates: DateRanges
  onChange: (dates: DateRanges) => void
}

/** The Dates button's form: per maturity date, two days (either end open) and the quick picks. Loaded when first opened. */
export default function DateRangesForm({ dates, onChange }: DateRangesFormProps) {
  const { t } = useTranslation()
  const setEnd = (field: DateField, end: 'from' | 'to', value: string) => {
    const range = dates[field]
    const bounds = range?.kind === 'between' ? { from: range.from, to: range.to } : {}
    const next = { ...bounds, [end]: value || undefined }
    // Typed the wrong way round: the earlier day is the start.
    const [from, to] = next.from && next.to && next.from > next.to ? [next.to, next.from] : [next.from, next.to]
    onChange({ ...dates, [field]: from || to ? { kind: 'between', from, to } : undefined })
  }

  return (
    <>
      {DATE_FIELDS.map((field) => {
        const range = dates[field]
        const bounds = range?.kind === 'between' ? range : undefined
        const label = t(`projectsView.dates.${field}`)
        return (
          <Box key={field} role="group" aria-label={label} sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr auto', gap: 0.75, alignItems: 'center' }}>
            <Typography variant="subtitle2" sx={{ gridColumn: '1 / -1', fontSize: 13 }}>{label}</Typography>
            {(['from', 'to'] as const).map((end) => {
              const endLabel = t(end === 'from' ? 'projectsView.dates.fromLabel' : 'projectsView.dates.toLabel')
              return (
                <TextField
                  key={end}
                  size="small"
                  type="date"
                  label={endLabel}
                  value={bounds?.[end] ?? ''}
                  onChange={(e) => setEnd(field, end, e.target.value)}
                  slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'aria-label': `${label}: ${endLabel}`, max: '9999-12-31' } }}
                />
              )
            })}
            <IconButton size="small" aria-label={t('projectsView.dates.clear', { field: label })} disabled={isOpenRange(range)} onClick={() => onChange({ ...dates, [field]: undefined })}>
              <CloseIcon fontSize="small" />
            </IconButton>
            <Box sx={{ gridColumn: '1 / -1' }}>
              <QuickPicks dense field={field} range={range} onChange={(next) => onChange({ ...dates, [field]: next })} />
            </Box>
          </Box>
        )
      })}
    </>
  )
}
