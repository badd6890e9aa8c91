import { useEffect, useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import FormControl from '@mui/material/FormControl'
import IconButton from '@mui/material/IconButton'
import InputLabel from '@mui/material/InputLabel'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Select from '@mui/material/Select'
import TextField from '@mui/material/TextField'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import AddIcon from '@mui/icons-material/Add'
import ArrowDownIcon from '@mui/icons-material/ArrowDownward'
import ArrowUpIcon from '@mui/icons-material/ArrowUpward'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import {
  FIELD_TYPES, MAX_FIELD_DESCRIPTION_LENGTH, MAX_FIELD_NAME_LENGTH, MAX_FIELDS, SUGGESTED_FIELDS, type FieldDefinition, type FieldType,
} from '../../../shared/evaluation/fields'
import { useFields } from '../../db/evaluation'
import { addField, countFieldValues, moveField, removeField, updateField } from '../../db/evaluation-setup'
import { useNoticeStore } from '../../store/notice-store'
import { changeLastView } from '../projects/view-state'
import { fieldFiltersOf } from '../../../shared/evaluation/filter'

const splitChoices = (text: string) => text.split(/[,\n]/)

/** Settings → Your fields: define, edit, reorder and remove the fields filled in on project pages. */
export function FieldSettings() {
  const { t } = useTranslation()
  const fields = useFields() ?? []
  const show = useNoticeStore((s) => s.show)
  const [removing, setRemoving] = useState<{ field: FieldDefinition; count: number } | null>(null)
  const taken = new Set(fields.map((f) => f.name.trim().toLowerCase()))
  const full = fields.length >= MAX_FIELDS

  const addSuggestion = async (suggestion: (typeof SUGGESTED_FIELDS)[number]) => {
    await addField({
      name: t(`evaluation.suggested.${suggestion.key}.name`),
      type: suggestion.type,
      description: t(`evaluation.suggested.${suggestion.key}.description`),
      choices: suggestion.choiceKeys?.map((c) => t(`evaluation.suggested.choices.${c}`)),
    })
  }

  return (
    <Paper variant="outlined" component="section" aria-labelledby="settings-fields" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box>
        <Typography variant="h2" id="settings-fields" sx={{ mb: 0.5 }}>{t('evaluation.fields.title')}</Typography>
        <Typography variant="body2" color="text.secondary">{t('evaluation.settings.fieldsBody')}</Typography>
      </Box>
      {fields.length > 0 && (
        <Box component="ol" aria-label={t('evaluation.fields.title')} sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          {fields.map((field, i) => (
            <FieldRow
              key={field.id}
              field={field}
              first={i === 0}
              last={i === fields.length - 1}
              onRemove={async () => setRemoving({ field, count: await countFieldValues(field.id) })}
            />
          ))}
        </Box>
      )}
      <NewFieldForm disabled={full} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary">{t('evaluation.settings.suggestions')}</Typography>
        {SUGGESTED_FIELDS.map((s) => {
          const name = t(`evaluation.suggested.${s.key}.name`)
          return (
            <Chip
              key={s.key}
              icon={<AddIcon />}
              label={name}
              variant="outlined"
              disabled={full || taken.has(name.toLowerCase())}
              onClick={() => void addSuggestion(s)}
              aria-label={t('evaluation.settings.addSuggested', { name })}
            />
          )
        })}
      </Box>
      <Dialog open={removing !== null} onClose={() => setRemoving(null)} aria-labelledby="remove-field-title">
        <DialogTitle id="remove-field-title">{t('evaluation.settings.removeFieldTitle', { name: removing?.field.name ?? '' })}</DialogTitle>
        <DialogContent><DialogContentText>{t('evaluation.settings.removeFieldBody', { count: removing?.count ?? 0 })}</DialogContentText></DialogContent>
        <DialogActions>
          <Button onClick={() => setRemoving(null)}>{t('common.cancel')}</Button>
          <Button color="error" variant="contained" onClick={() => {
            const field = removing!.field
            setRemoving(null)
            void removeField(field.id).then(() => {
              // A filter on the field would restrict nothing now: take it off the table too.
              changeLastView((view) => {
                const { [field.id]: _gone, ...rest } = fieldFiltersOf(view.filters)
                return { ...view, filters: { ...view.filters, fields: rest } }
              })
              show(t('evaluation.settings.fieldRemoved', { name: field.name }), 'success')
            })
          }}>{t('evaluation.settings.remove')}</Button>
        </DialogActions>
      </Dialog>
    </Paper>
  )
}

function FieldRow({ field, first, last, onRemove }: { field: FieldDefinition; first: boolean; last: boolean; onRemove: () => void }) {
  const { t } = useTranslation()
  const [name, setName] = useState(field.name)
  const [description, setDescription] = useState(field.description ?? '')
  const [choices, setChoices] = useState((field.choices ?? []).join(', '))
  useEffect(() => { setName(field.name); setDescription(field.description ?? ''); setChoices((field.choices ?? []).join(', ')) }, [field])
  const save = () => void updateField(field.id, { name, description, ...(field.type === 'choice' ? { choices: splitChoices(choices) } : {}) })
  const onKey = (e: React.KeyboardEvent) => { if (e.key === 'Enter') { e.preventDefault(); save() } }
  return (
    <Box component="li" sx={{ display: 'flex', flexDirection: 'column', gap: 1, pb: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField size="small" label={t('evaluation.settings.fieldName')} value={name} onChange={(e) => setName(e.target.value)} onBlur={save} onKeyDown={onKey} sx={{ width: 200 }} slotProps={{ htmlInput: { maxLength: MAX_FIELD_NAME_LENGTH } }} />
        <Chip size="small" label={t(`evaluation.types.${field.type}`)} sx={{ mt: 1 }} />
        {field.type === 'choice' && (
          <TextField size="small" label={t('evaluation.settings.choices')} helperText={t('evaluation.settings.choicesHelp')} value={choices} onChange={(e) => setChoices(e.target.value)} onBlur={save} onKeyDown={onKey} sx={{ flex: 1, minWidth: 200 }} />
        )}
        <Box sx={{ display: 'flex', ml: 'auto' }}>
          <Tooltip title={t('evaluation.settings.moveUp')}><span><IconButton size="small" disabled={first} aria-label={t('evaluation.settings.moveUpNamed', { name: field.name })} onClick={() => void moveField(field.id, -1)}><ArrowUpIcon fontSize="small" /></IconButton></span></Tooltip>
          <Tooltip title={t('evaluation.settings.moveDown')}><span><IconButton size="small" disabled={last} aria-label={t('evaluation.settings.moveDownNamed', { name: field.name })} onClick={() => void moveField(field.id, 1)}><ArrowDownIcon fontSize="small" /></IconButton></span></Tooltip>
          <Tooltip title={t('evaluation.settings.remove')}><IconButton size="small" aria-label={t('evaluation.settings.removeNamed', { name: field.name })} onClick={onRemove}><DeleteIcon fontSize="small" /></IconButton></Tooltip>
        </Box>
      </Box>
      <TextField size="small" fullWidth label={t('evaluation.settings.description')} value={description} onChange={(e) => setDescription(e.target.value)} onBlur={save} onKeyDown={onKey} slotProps={{ htmlInput: { maxLength: MAX_FIELD_DESCRIPTION_LENGTH } }} />
    </Box>
  )
}

function NewFieldForm({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation()
  const [name, setName] = useState('')
  const [type, setType] = useState<FieldType>('text')
  const [choices, setChoices] = useState('')
  const [description, setDescription] = useState('')
  const submit = async () => {
    if (await addField({ name, type, description, choices: splitChoices(choices) })) {
      setName('')
      setChoices('')
      setDescription('')
    }
  }
  const needsChoices = type === 'choice' && splitChoices(choices).every((c) => !c.trim())
  return (
    <Box component="form" aria-label={t('evaluation.settings.newField')} onSubmit={(e) => { e.preventDefault(); void submit() }} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField size="small" label={t('evaluation.settings.newField')} value={name} onChange={(e) => setName(e.target.value)} sx={{ width: 200 }} slotProps={{ htmlInput: { maxLength: MAX_FIELD_NAME_LENGTH } }} />
        <FormControl size="small" sx={{ width: 150 }}>
          <InputLabel id="new-field-type">{t('evaluation.settings.type')}</InputLabel>
          <Select labelId="new-field-type" label={t('evaluation.settings.type')} value={type} onChange={(e) => setType(e.target.value as FieldType)}>
            {FIELD_TYPES.map((ft) => <MenuItem key={ft} value={ft}>{t(`evaluation.types.${ft}`)}</MenuItem>)}
          </Select>
        </FormControl>
        {type === 'choice' && (
          <TextField size="small" label={t('evaluation.settings.choices')} helperText={t('evaluation.settings.choicesHelp')} value={choices} onChange={(e) => setChoices(e.target.value)} sx={{ flex: 1, minWidth: 200 }} />
        )}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField size="small" label={t('evaluation.settings.description')} value={description} onChange={(e) => setDescription(e.target.value)} sx={{ flex: 1 }} slotProps={{ htmlInput: { maxLength: MAX_FIELD_DESCRIPTION_LENGTH } }} />
        <Button type="submit" variant="outlined" startIcon={<AddIcon />} disabled={disabled || !name.trim() || needsChoices}>{t('evaluation.settings.addField')}</Button>
      </Box>
    </Box>
  )
}
