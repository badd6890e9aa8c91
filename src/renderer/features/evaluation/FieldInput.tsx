import { useEffect, useState } from 'react'
import FormControl from '@mui/material/FormControl'
import FormHelperText from '@mui/material/FormHelperText'
import InputLabel from '@mui/material/InputLabel'
import MenuItem from '@mui/material/MenuItem'
import Select from '@mui/material/Select'
import TextField from '@mui/material/TextField'
import { useTranslation } from '../../i18n/useTranslation'
import { readFieldInput, type FieldDefinition, type FieldValue } from '../../../shared/evaluation/fields'

interface FieldInputProps {
  field: FieldDefinition
  value: FieldValue | undefined
  onSave: (value: FieldValue | undefined) => void
}

/**
 * One field's input, by its type. Choices and yes/no save when picked; typed values save on
 * Enter or when the field loses focus, and a value of the wrong kind is refused with a message.
 */
export function FieldInput({ field, value, onSave }: FieldInputProps) {
  const { t } = useTranslation()
  const labelId = `field-${field.id}-label`
  const help = field.description

  if (field.type === 'choice' || field.type === 'boolean') {
    const options = field.type === 'boolean' ? [['yes', t('evaluation.fields.yes')], ['no', t('evaluation.fields.no')]] : (field.choices ?? []).map((c) => [c, c])
    const current = value === undefined ? '' : field.type === 'boolean' ? (value ? 'yes' : 'no') : String(value)
    const stale = current !== '' && !options.some(([v]) => v === current)
    return (
      <FormControl size="small" fullWidth>
        <InputLabel id={labelId}>{field.name}</InputLabel>
        <Select
          labelId={labelId}
          label={field.name}
          value={current}
          onChange={(e) => {
            const picked = e.target.value
            if (picked === '') onSave(undefined)
            else onSave(field.type === 'boolean' ? picked === 'yes' : picked)
          }}
        >
          <MenuItem value=""><em>{t('evaluation.fields.notSet')}</em></MenuItem>
          {stale && <MenuItem value={current}>{current}</MenuItem>}
          {options.map(([v, label]) => <MenuItem key={v} value={v}>{label}</MenuItem>)}
        </Select>
        {help && <FormHelperText>{help}</FormHelperText>}
      </FormControl>
    )
  }
  return <TypedInput field={field} value={value} onSave={onSave} />
}

function TypedInput({ field, value, onSave }: FieldInputProps) {
  const { t } = useTranslation()
  const stored = value === undefined ? '' : String(value)
  const [draft, setDraft] = useState(stored)
  const [error, setError] = useState<string | undefined>()
  useEffect(() => { setDraft(stored); setError(undefined) }, [stored])
  const commit = () => {
    if (draft === stored) return
    const result = readFieldInput(field, draft)
    if (!result.ok) {
      setError(t(`evaluation.fields.invalid.${result.error}`))
      return
    }
    setError(undefined)
    onSave(result.value)
  }
  return (
    <TextField
      size="small"
      fullWidth
      label={field.name}
      type={field.type === 'date' ? 'date' : 'text'}
      value={draft}
      error={error !== undefined}
      helperText={error ?? field.description}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => { if (e.key === 'Enter') commit() }}
      slotProps={{ inputLabel: { shrink: field.type === 'date' || draft !== '' ? true : undefined }, htmlInput: { inputMode: field.type === 'number' ? 'decimal' : undefined, maxLength: 500 } }}
    />
  )
}
