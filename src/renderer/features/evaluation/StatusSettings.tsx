import { useEffect, useMemo, useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import IconButton from '@mui/material/IconButton'
import InputLabel from '@mui/material/InputLabel'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Select from '@mui/material/Select'
import TextField from '@mui/material/TextField'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import ArrowDownIcon from '@mui/icons-material/ArrowDownward'
import ArrowUpIcon from '@mui/icons-material/ArrowUpward'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import { MAX_RINGS } from '../../../shared/evaluation/radar'
import { MAX_STATUS_NAME_LENGTH, MAX_STATUSES, isDefaultStatusId, type StatusDefinition } from '../../../shared/evaluation/status'
import { useEvaluationIndex, useRadarSettings } from '../../db/evaluation'
import { addStatus, moveStatus, removeStatus, renameStatus, saveRadarSettings } from '../../db/evaluation-setup'
import { useNoticeStore } from '../../store/notice-store'
import { useStatusLabels } from './labels'

/** Settings → Statuses: rename, reorder, add, remove (moving its projects), and which are radar rings. */
export function StatusSettings() {
  const { t } = useTranslation()
  const labels = useStatusLabels()
  const radar = useRadarSettings()
  const index = useEvaluationIndex()
  const show = useNoticeStore((s) => s.show)
  const [adding, setAdding] = useState('')
  const [removing, setRemoving] = useState<StatusDefinition | null>(null)
  const counts = useMemo(() => {
    const result = new Map<string, number>()
    for (const status of index?.statusOf.values() ?? []) result.set(status, (result.get(status) ?? 0) + 1)
    return result
  }, [index])
  const rings = radar?.rings ?? []

  const toggleRing = async (id: string, on: boolean) => {
    if (!radar) return
    await saveRadarSettings({ ...radar, rings: on ? [...rings, id] : rings.filter((r) => r !== id) })
  }
  const add = async () => {
    if (await addStatus(adding)) setAdding('')
  }

  return (
    <Paper variant="outlined" component="section" aria-labelledby="settings-statuses" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box>
        <Typography variant="h2" id="settings-statuses" sx={{ mb: 0.5 }}>{t('evaluation.settings.statusesTitle')}</Typography>
        <Typography variant="body2" color="text.secondary">{t('evaluation.settings.statusesBody', { max: MAX_RINGS })}</Typography>
      </Box>
      <Box component="ol" aria-label={t('evaluation.settings.statusesTitle')} sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 1 }}>
        {labels.statuses.map((status, i) => {
          const label = labels.label(status.id)
          const ring = rings.includes(status.id)
          return (
            <Box component="li" key={status.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <StatusNameField status={status} label={label} />
              <Typography variant="body2" color="text.secondary" sx={{ minWidth: 90 }}>{t('evaluation.settings.projectCount', { count: counts.get(status.id) ?? 0 })}</Typography>
              <FormControlLabel
                sx={{ mr: 0 }}
                control={<Checkbox size="small" checked={ring} disabled={!ring && rings.length >= MAX_RINGS} onChange={(e) => void toggleRing(status.id, e.target.checked)} />}
                label={t('evaluation.settings.ring')}
                aria-label={t('evaluation.settings.ringOf', { name: label })}
              />
              <Tooltip title={t('evaluation.settings.moveUp')}><span>
                <IconButton size="small" disabled={i === 0} aria-label={t('evaluation.settings.moveUpNamed', { name: label })} onClick={() => void moveStatus(status.id, -1)}><ArrowUpIcon fontSize="small" /></IconButton>
              </span></Tooltip>
              <Tooltip title={t('evaluation.settings.moveDown')}><span>
                <IconButton size="small" disabled={i === labels.statuses.length - 1} aria-label={t('evaluation.settings.moveDownNamed', { name: label })} onClick={() => void moveStatus(status.id, 1)}><ArrowDownIcon fontSize="small" /></IconButton>
              </span></Tooltip>
              <Tooltip title={t('evaluation.settings.remove')}><span>
                <IconButton size="small" disabled={labels.statuses.length <= 1} aria-label={t('evaluation.settings.removeNamed', { name: label })} onClick={() => setRemoving(status)}><DeleteIcon fontSize="small" /></IconButton>
              </span></Tooltip>
            </Box>
          )
        })}
      </Box>
      <Box component="form" onSubmit={(e) => { e.preventDefault(); void add() }} sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        <TextField size="small" label={t('evaluation.settings.newStatus')} value={adding} onChange={(e) => setAdding(e.target.value)} slotProps={{ htmlInput: { maxLength: MAX_STATUS_NAME_LENGTH } }} />
        <Button type="submit" disabled={!adding.trim() || labels.statuses.length >= MAX_STATUSES}>{t('evaluation.settings.add')}</Button>
      </Box>
      <RemoveStatusDialog
        status={removing}
        count={removing ? counts.get(removing.id) ?? 0 : 0}
        onClose={() => setRemoving(null)}
        onRemove={async (reassignTo) => {
          const status = removing!
          setRemoving(null)
          const moved = await removeStatus(status.id, reassignTo)
          show(t('evaluation.settings.removed', { name: labels.label(status.id), count: moved }), 'success')
        }}
      />
    </Paper>
  )
}

/**
 * A status's name, saved when the field is left or Enter is pressed. A default status shows its
 * translated name; emptying the field, or typing that name back, keeps it the default.
 */
function StatusNameField({ status, label }: { status: StatusDefinition; label: string }) {
  const { t } = useTranslation()
  const isDefault = isDefaultStatusId(status.id)
  const defaultName = isDefault ? t(`evaluation.defaultStatuses.${status.id}`) : undefined
  const [draft, setDraft] = useState(label)
  useEffect(() => setDraft(label), [label])
  const commit = () => {
    const clean = draft.replace(/\s+/g, ' ').trim()
    if (clean === label) return
    if (!clean || clean === defaultName) {
      if (isDefault) void renameStatus(status.id, '')
      else setDraft(label)
      return
    }
    void renameStatus(status.id, clean)
  }
  return (
    <TextField
      size="small"
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); commit() } }}
      sx={{ width: 220 }}
      slotProps={{ htmlInput: { 'aria-label': t('evaluation.settings.nameOf', { name: label }), maxLength: MAX_STATUS_NAME_LENGTH } }}
    />
  )
}

function RemoveStatusDialog({ status, count, onClose, onRemove }: { status: StatusDefinition | null; count: number; onClose: () => void; onRemove: (reassignTo: string | null) => void }) {
  const { t } = useTranslation()
  const labels = useStatusLabels()
  const [target, setTarget] = useState('')
  useEffect(() => setTarget(''), [status?.id])
  const name = status ? labels.label(status.id) : ''
  return (
    <Dialog open={status !== null} onClose={onClose} aria-labelledby="remove-status-title">
      <DialogTitle id="remove-status-title">{t('evaluation.settings.removeTitle', { name })}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <DialogContentText>{t('evaluation.settings.removeBody', { name, count })}</DialogContentText>
        {count > 0 && (
          <FormControl size="small">
            <InputLabel id="reassign-label">{t('evaluation.settings.reassign')}</InputLabel>
            <Select labelId="reassign-label" label={t('evaluation.settings.reassign')} value={target} onChange={(e) => setTarget(e.target.value)}>
              <MenuItem value=""><em>{t('evaluation.noStatus')}</em></MenuItem>
              {labels.statuses.filter((s) => s.id !== status?.id).map((s) => <MenuItem key={s.id} value={s.id}>{labels.label(s.id)}</MenuItem>)}
            </Select>
          </FormControl>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button color="error" variant="contained" onClick={() => onRemove(target || null)}>{t('evaluation.settings.remove')}</Button>
      </DialogActions>
    </Dialog>
  )
}
