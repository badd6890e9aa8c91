import { FilterDialogButton } from '../../components/FilterDialogButton'
import { useId, useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown'
import { useTranslation } from '../../i18n/useTranslation'
import { FILTER_KIND, isFieldFilterActive, type FieldDefinition, type FieldFilter } from '../../../shared/evaluation/fields'
import { CHANGED_WITHIN_DAYS, fieldFiltersOf, type EvaluationIndex } from '../../../shared/evaluation/filter'
import type { ProjectFilters } from '../../../shared/projects/filter'

/** The filters these controls read, and how they change them (the Projects view's address, or the Board's). */
interface FilterProps {
  filters: ProjectFilters
  onChange: (update: (filters: ProjectFilters) => ProjectFilters) => void
}

/**
 * The filter bar's evaluation filters: "status changed in the last N days", and one filter per
 * field of the user's by its type (range for numbers and dates, choices for one-of and yes/no,
 * contains for text). They are part of the Projects filters, so the Board filters the same way.
 */
export function EvaluationFilters({ index, filters, onChange }: { index: EvaluationIndex } & FilterProps) {
  return (
    <>
      {(index.changedAt.size > 0) && <ChangedWithinFilter filters={filters} onChange={onChange} />}
      {index.fields.length > 0 && <FieldFilters fields={index.fields} filters={filters} onChange={onChange} />}
    </>
  )
}

function ChangedWithinFilter({ filters, onChange }: FilterProps) {
  const { t } = useTranslation()
  const days = filters.statusChangedDays
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const active = typeof days === 'number'
  const pick = (value: number | null) => {
    onChange((f) => ({ ...f, statusChangedDays: value }))
    setAnchor(null)
  }
  return (
    <>
      <Button
        size="small"
        variant={active ? 'contained' : 'outlined'}
        color={active ? 'primary' : 'inherit'}
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        onClick={(e) => setAnchor(e.currentTarget)}
        sx={{ borderColor: 'divider' }}
      >
        {active ? t('evaluation.filters.changedWithin', { count: days }) : t('evaluation.filters.changed')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem selected={!active} onClick={() => pick(null)}><ListItemText primary={t('evaluation.filters.anyTime')} /></MenuItem>
        {CHANGED_WITHIN_DAYS.map((n) => (
          <MenuItem key={n} selected={days === n} onClick={() => pick(n)}><ListItemText primary={t('evaluation.filters.lastDays', { count: n })} /></MenuItem>
        ))}
      </Menu>
    </>
  )
}

function FieldFilters({ fields, filters: all, onChange }: { fields: readonly FieldDefinition[] } & FilterProps) {
  const { t } = useTranslation()
  const filters = fieldFiltersOf(all)
  const active = fields.filter((f) => isFieldFilterActive(filters[f.id])).length
  const title = t('evaluation.fields.title')
  const set = (fieldId: string, filter: FieldFilter | undefined) => onChange((f) => {
    const { [fieldId]: _old, ...rest } = fieldFiltersOf(f)
    return { ...f, fields: filter && isFieldFilterActive(filter) ? { ...rest, [fieldId]: filter } : rest }
  })
  return (
    <FilterDialogButton title={title} active={active} paperSx={{ width: 320, maxHeight: 480, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      {fields.map((field) => <FieldFilterControl key={field.id} field={field} filter={filters[field.id]} onChange={(filter) => set(field.id, filter)} />)}
      <Button size="small" disabled={active === 0} onClick={() => onChange((f) => ({ ...f, fields: {} }))} sx={{ alignSelf: 'flex-start' }}>{t('evaluation.filters.clearFields')}</Button>
    </FilterDialogButton>
  )
}

function FieldFilterControl({ field, filter, onChange }: { field: FieldDefinition; filter: FieldFilter | undefined; onChange: (filter: FieldFilter | undefined) => void }) {
  const { t } = useTranslation()
  const kind = FILTER_KIND[field.type]
  const group = (children: React.ReactNode) => (
    <Box role="group" aria-label={field.name} sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
      <Typography variant="subtitle2" component="p">{field.name}</Typography>
      {children}
    </Box>
  )
  if (kind === 'choices') {
    const options = field.type === 'boolean' ? [['yes', t('evaluation.fields.yes')], ['no', t('evaluation.fields.no')]] : (field.choices ?? []).map((c) => [c, c])
    const values = filter?.kind === 'choices' && Array.isArray(filter.values) ? filter.values : []
    return group(
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1 }}>
        {options.map(([value, label]) => (
          <FormControlLabel
            key={value}
            sx={{ mr: 0, '& .MuiFormControlLabel-label': { fontSize: 13 } }}
            control={<Checkbox size="small" checked={values.includes(value)} onChange={() => onChange({ kind: 'choices', values: values.includes(value) ? values.filter((v) => v !== value) : [...values, value] })} />}
            label={label}
          />
        ))}
      </Box>,
    )
  }
  if (kind === 'text') {
    return group(
      <TextField size="small" value={filter?.kind === 'text' ? filter.contains : ''} placeholder={t('evaluation.filters.contains')}
        onChange={(e) => onChange({ kind: 'text', contains: e.target.value })} slotProps={{ htmlInput: { 'aria-label': t('evaluation.filters.containsNamed', { name: field.name }) } }} />,
    )
  }
  if (kind === 'range') {
    const range = filter?.kind === 'range' ? filter : { kind: 'range' as const }
    const num = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text.replace(',', '.'))) ? undefined : Number(text.replace(',', '.')))
    return group(
      <Box sx={{ display: 'flex', gap: 1 }}>
        <TextField size="small" label={t('evaluation.filters.min')} defaultValue={range.min ?? ''} onChange={(e) => onChange({ ...range, min: num(e.target.value) })} slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': t('evaluation.filters.minNamed', { name: field.name }) } }} />
        <TextField size="small" label={t('evaluation.filters.max')} defaultValue={range.max ?? ''} onChange={(e) => onChange({ ...range, max: num(e.target.value) })} slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': t('evaluation.filters.maxNamed', { name: field.name }) } }} />
      </Box>,
    )
  }
  const dates = filter?.kind === 'dates' ? filter : { kind: 'dates' as const }
  return group(
    <Box sx={{ display: 'flex', gap: 1 }}>
      <TextField size="small" type="date" label={t('evaluation.filters.from')} value={dates.from ?? ''} onChange={(e) => onChange({ ...dates, from: e.target.value || undefined })} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'aria-label': t('evaluation.filters.fromNamed', { name: field.name }) } }} />
      <TextField size="small" type="date" label={t('evaluation.filters.to')} value={dates.to ?? ''} onChange={(e) => onChange({ ...dates, to: e.target.value || undefined })} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'aria-label': t('evaluation.filters.toNamed', { name: field.name }) } }} />
    </Box>,
  )
}
