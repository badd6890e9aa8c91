import { FilterDialogButton } from '../../components/FilterDialogButton'
import { useCallback } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import TextField from '@mui/material/TextField'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import CloseIcon from '@mui/icons-material/Close'
import { useTranslation } from 'react-i18next'
import { DATE_FIELDS, isOpenRange, QUICK_PICKS, quickPickRange, sameRange, type DateField, type DateRange, type DateRanges, type QuickPick } from '../../../shared/projects/dates'
import { formatNumericDate } from '../../components/format'

/** A range in words: "2023", "last 90 days", "from 01.02.2023", "01.02.2023 – 31.03.2023". */
export function useRangeLabel(): (range: DateRange) => string {
  const { t, i18n } = useTranslation()
  return useCallback((range: DateRange) => {
    const day = (value: string) => formatNumericDate(value, i18n.language)
    switch (range.kind) {
      case 'lastDays': return t('projectsView.dates.lastDays', { count: range.days })
      case 'thisYear': return t('projectsView.dates.thisYear')
      case 'between': {
        const { from, to } = range
        if (from && to && from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01-01') && to.endsWith('-12-31')) return from.slice(0, 4)
        if (from && to) return `${day(from)} – ${day(to)}`
        return from ? t('projectsView.dates.from', { date: day(from) }) : t('projectsView.dates.until', { date: day(to!) })
      }
    }
  }, [t, i18n.language])
}

interface QuickPicksProps {
  field: DateField
  range: DateRange | undefined
  onChange: (range: DateRange | undefined) => void
  dense?: boolean
}

/** One click to a common range (the last 90 days, this year, 2023); the pick in use is pressed, and a second click clears it. */
export function QuickPicks({ field, range, onChange, dense }: QuickPicksProps) {
  const { t } = useTranslation()
  const current = QUICK_PICKS.find((pick) => sameRange(quickPickRange(pick), range)) ?? null
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
      {!dense && <Typography variant="body2" color="text.secondary" component="span" aria-hidden="true">{t(`projectsView.dates.${field}`)}:</Typography>}
      <ToggleButtonGroup
        size="small"
        exclusive
        value={current}
        onChange={(_, pick: QuickPick | null) => onChange(pick ? quickPickRange(pick) : undefined)}
        aria-label={t('projectsView.dates.quickPicks', { field: t(`projectsView.dates.${field}`) })}
        sx={{ '& .MuiToggleButton-root': { py: 0.25, px: 1, textTransform: 'none', fontSize: 12.5, lineHeight: 1.6 } }}
      >
        {QUICK_PICKS.map((pick) => (
          <ToggleButton key={pick} value={pick} aria-label={`${t(`projectsView.dates.${field}`)}: ${t(`projectsView.dates.picks.${pick}`)}`}>{t(`projectsView.dates.picks.${pick}`)}</ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Box>
  )
}

interface DateFilterProps {
  dates: DateRanges
  onChange: (dates: DateRanges) => void
}

/** The "Dates" button: for each maturity date, a range between two days (either end open) and the quick picks. */
export function DateFilter({ dates, onChange }: DateFilterProps) {
  const { t } = useTranslation()
  const active = DATE_FIELDS.filter((field) => !isOpenRange(dates[field])).length
  const title = t('projectsView.dates.title')

  const setEnd = (field: DateField, end: 'from' | 'to', value: string) => {
    const range = dates[field]
    const bounds = range?.kind === 'between' ? { from: range.from, to: range.to } : {}
    const next = { ...bounds, [end]: value || undefined }
    // Typed the wrong way round: the earlier day is the start.
    const [from, to] = next.from && next.to && next.from > next.to ? [next.to, next.from] : [next.from, next.to]
    onChange({ ...dates, [field]: from || to ? { kind: 'between', from, to } : undefined })
  }

  return (
    <FilterDialogButton title={title} active={active} paperSx={{ display: 'grid', gap: 1.5, width: 460 }}>
      {DATE_FIELDS.map((field) => {
        const range = dates[field]
        const bounds = range?.kind === 'between' ? range : undefined
        const label = t(`projectsView.dates.${field}`)
        return (
          <Box key={field} role="group" aria-label={label} sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr auto', gap: 0.75, alignItems: 'center' }}>
            <Typography variant="subtitle2" sx={{ gridColumn: '1 / -1', fontSize: 13 }}>{label}</Typography>
            <TextField
              size="small"
              type="date"
              label={t('projectsView.dates.fromLabel')}
              value={bounds?.from ?? ''}
              onChange={(e) => setEnd(field, 'from', e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'aria-label': `${label}: ${t('projectsView.dates.fromLabel')}`, max: '9999-12-31' } }}
            />
            <TextField
              size="small"
              type="date"
              label={t('projectsView.dates.toLabel')}
              value={bounds?.to ?? ''}
              onChange={(e) => setEnd(field, 'to', e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'aria-label': `${label}: ${t('projectsView.dates.toLabel')}`, max: '9999-12-31' } }}
            />
            <IconButton size="small" aria-label={t('projectsView.dates.clear', { field: label })} disabled={isOpenRange(range)} onClick={() => onChange({ ...dates, [field]: undefined })}>
              <CloseIcon fontSize="small" />
            </IconButton>
            <Box sx={{ gridColumn: '1 / -1' }}>
              <QuickPicks dense field={field} range={range} onChange={(next) => onChange({ ...dates, [field]: next })} />
            </Box>
          </Box>
        )
      })}
    </FilterDialogButton>
  )
}
