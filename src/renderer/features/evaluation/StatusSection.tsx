import { useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import FormControl from '@mui/material/FormControl'
import IconButton from '@mui/material/IconButton'
import InputLabel from '@mui/material/InputLabel'
import MenuItem from '@mui/material/MenuItem'
import Paper from '@mui/material/Paper'
import Select from '@mui/material/Select'
import TextField from '@mui/material/TextField'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import EditIcon from '@mui/icons-material/EditOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import { StatusChip } from './StatusChip'
import type { Project } from '../../../shared/dataset/schema'
import { MAX_REASON_LENGTH, type StatusChange } from '../../../shared/evaluation/history'
import { formatDate, formatDateTime } from '../../components/format'
import { MarkdownView } from '../../components/MarkdownView'
import { editReason, setStatus, useProjectHistory, useRadarSettings } from '../../db/evaluation'
import { useNoticeStore } from '../../store/notice-store'
import { DossierMenu } from './dossier/DossierMenu'
import { RING_COLORS, useStatusLabels, type StatusLabels } from './labels'

const NONE = ''

/** The project page's evaluation: the status, a form to change it with a reason, and the history as a timeline. */
export function StatusSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation()
  const labels = useStatusLabels()
  const history = useProjectHistory(project.id)
  const radar = useRadarSettings()
  const show = useNoticeStore((s) => s.show)
  const current = history?.[0]
  const currentId = current?.statusId ?? null
  const [choice, setChoice] = useState<string | undefined>()
  const [reason, setReason] = useState('')
  const picked = choice ?? currentId ?? NONE
  const changed = (picked || null) !== currentId
  const ringColor = (id: string | null) => {
    const ring = id === null ? -1 : radar?.rings.indexOf(id) ?? -1
    return ring >= 0 ? RING_COLORS[ring] : undefined
  }

  const record = async () => {
    if (await setStatus(project.id, picked || null, reason)) {
      setReason('')
      setChoice(undefined)
      show(t('evaluation.recorded', { status: labels.label(picked || null) }), 'success')
    }
  }

  return (
    <Paper variant="outlined" component="section" aria-labelledby={`evaluation-${project.id}`} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="h2" id={`evaluation-${project.id}`} sx={{ flex: 1 }}>{t('evaluation.title')}</Typography>
        <DossierMenu scope={{ kind: 'project', project }} />
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }} data-testid="current-status">
        <Typography variant="body2" color="text.secondary">{t('evaluation.current')}</Typography>
        <StatusChip label={labels.label(currentId, current?.statusName)} color={ringColor(currentId)} muted={currentId === null} />
        {current && <Typography variant="body2" color="text.secondary">{t('evaluation.since', { date: formatDate(current.at, i18n.language) })}</Typography>}
      </Box>
      <Box component="form" onSubmit={(e) => { e.preventDefault(); void record() }} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <FormControl size="small" fullWidth>
          <InputLabel id={`status-label-${project.id}`}>{t('evaluation.status')}</InputLabel>
          <Select labelId={`status-label-${project.id}`} label={t('evaluation.status')} value={picked} onChange={(e) => setChoice(e.target.value)}>
            <MenuItem value={NONE}><em>{t('evaluation.noStatus')}</em></MenuItem>
            {labels.statuses.map((s) => <MenuItem key={s.id} value={s.id}>{labels.label(s.id)}</MenuItem>)}
          </Select>
        </FormControl>
        <TextField
          size="small"
          label={t('evaluation.reason')}
          helperText={t('evaluation.reasonHelp')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          slotProps={{ htmlInput: { maxLength: MAX_REASON_LENGTH } }}
        />
        <Button type="submit" variant="contained" size="small" disabled={!changed} sx={{ alignSelf: 'flex-start' }}>{t('evaluation.record')}</Button>
      </Box>
      <Typography variant="h3" component="h3">{t('evaluation.history')}</Typography>
      {history && history.length === 0 && <Typography variant="body2" color="text.secondary">{t('evaluation.noHistory')}</Typography>}
      {history && history.length > 0 && (
        <Box component="ol" aria-label={t('evaluation.historyOf', { name: project.name })} sx={{ listStyle: 'none', m: 0, p: 0, position: 'relative', '&::before': { content: '""', position: 'absolute', left: 5, top: 6, bottom: 6, width: 2, bgcolor: 'divider' } }}>
          {history.map((change) => <HistoryItem key={change.id} change={change} labels={labels} color={ringColor(change.statusId)} />)}
        </Box>
      )}
    </Paper>
  )
}

function HistoryItem({ change, labels, color }: { change: StatusChange; labels: StatusLabels; color?: string }) {
  const { t, i18n } = useTranslation()
  const [editing, setEditing] = useState<string | undefined>()
  const label = labels.label(change.statusId, change.statusName)
  const removed = change.statusId !== null && !labels.exists(change.statusId)
  const save = async () => {
    await editReason(change.id, editing ?? '')
    setEditing(undefined)
  }
  return (
    <Box component="li" sx={{ position: 'relative', pl: 3, pb: 1.5, '&:last-of-type': { pb: 0 } }} data-testid="status-change">
      <Box aria-hidden="true" sx={{ position: 'absolute', left: 0, top: 5, width: 12, height: 12, borderRadius: '50%', bgcolor: color ?? 'background.paper', border: 2, borderColor: color ?? 'text.disabled' }} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, flexWrap: 'wrap' }}>
        <Box component="time" dateTime={change.at} title={formatDateTime(change.at, i18n.language)} sx={{ fontSize: 12.5, color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
          {formatDate(change.at, i18n.language)}
        </Box>
        <Typography component="span" sx={{ fontWeight: 600, fontSize: 13.5 }}>{label}</Typography>
        {removed && <Typography component="span" variant="caption" color="text.secondary">{t('evaluation.removedStatus')}</Typography>}
        {change.origin && <Typography component="span" variant="caption" color="text.secondary">{t(`evaluation.origin.${change.origin}`)}</Typography>}
        <Box sx={{ flex: 1 }} />
        {editing === undefined && (
          <Tooltip title={t('evaluation.editReason')}>
            <IconButton size="small" aria-label={t('evaluation.editReasonOf', { status: label, date: formatDate(change.at, i18n.language) })} onClick={() => setEditing(change.reason ?? '')}>
              <EditIcon fontSize="inherit" />
            </IconButton>
          </Tooltip>
        )}
      </Box>
      {editing !== undefined ? (
        <Box component="form" onSubmit={(e) => { e.preventDefault(); void save() }} sx={{ display: 'flex', gap: 1, mt: 0.5, alignItems: 'flex-start' }}>
          <TextField
            size="small"
            autoFocus
            fullWidth
            label={t('evaluation.reason')}
            value={editing}
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Escape') setEditing(undefined) }}
            slotProps={{ htmlInput: { maxLength: MAX_REASON_LENGTH } }}
          />
          <Button type="submit" size="small" variant="contained">{t('evaluation.save')}</Button>
          <Button size="small" onClick={() => setEditing(undefined)}>{t('common.cancel')}</Button>
        </Box>
      ) : change.reason ? (
        <Box sx={{ '& p': { m: 0 }, '& > div': { fontSize: 13 } }}><MarkdownView markdown={change.reason} /></Box>
      ) : null}
      {change.editedAt && editing === undefined && (
        <Typography variant="caption" color="text.secondary">{t('evaluation.edited', { date: formatDate(change.editedAt, i18n.language) })}</Typography>
      )}
    </Box>
  )
}
