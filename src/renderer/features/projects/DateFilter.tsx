import { lazy, Suspense, useCallback } from 'react'
import Box from '@mui/material/Box'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import { FilterDialogButton } from '../../components/FilterDialogButton'
import { useTranslation } from '../../i18n/useTranslation'
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

// The ranges' form loads when the button is first hovered or pressed.
const loadRanges = () => import('./DateRangesForm')
const DateRangesForm = lazy(loadRanges)

/** The "Dates" button: for each maturity date, a range between two days (either end open) and the quick picks. */
export function DateFilter({ dates, onChange }: DateFilterProps) {
  const { t } = useTranslation()
  const active = DATE_FIELDS.filter((field) => !isOpenRange(dates[field])).length
  const title = t('projectsView.dates.title')

  return (
    <FilterDialogButton title={title} active={active} onIntent={() => void loadRanges()} paperSx={{ display: 'grid', gap: 1.5, width: 460 }}>
      <Suspense fallback={null}>
        <DateRangesForm dates={dates} onChange={onChange} />
      </Suspense>
    </FilterDialogButton>
  )
}
