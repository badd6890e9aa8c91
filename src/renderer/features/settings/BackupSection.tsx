import { useState } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import { USER_DATA_LIMITS } from '../../../shared/backup/format'
import type { ImportMode } from '../../../shared/backup/plan'
import { isDesktop } from '../../bridge'
import { formatDateTime } from '../../components/format'
import { useBackup } from './useBackup'
import { HistoryInBackup, IncludeHistoryOption } from '../health/BackupHistory'

export function BackupSection() {
  const { t, i18n } = useTranslation()
  const { exportBackup, chooseImport, confirmImport, cancelImport, pending, exportNotes, deleteEverything, kinds } = useBackup()
  const [mode, setMode] = useState<ImportMode>('merge')
  const [confirmDelete, setConfirmDelete] = useState(false)
  const [withHistory, setWithHistory] = useState(false)
  const plan = pending?.plans[mode]

  return (
    <Paper variant="outlined" component="section" aria-labelledby="settings-backup" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Typography variant="h2" id="settings-backup">{t('backup.title')}</Typography>
      <Typography variant="body2" color="text.secondary">{t('backup.body')}</Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="contained" onClick={() => void exportBackup(withHistory)}>{t('backup.export')}</Button>
        <Button variant="outlined" onClick={() => void chooseImport()}>{t('backup.import')}</Button>
        <Button onClick={() => void exportNotes()}>{isDesktop() ? t('backup.exportNotes') : t('backup.exportNotesWeb')}</Button>
        <Box sx={{ flex: 1 }} />
        <Button color="error" onClick={() => setConfirmDelete(true)}>{t('backup.deleteAll')}</Button>
      </Box>
      <IncludeHistoryOption checked={withHistory} onChange={setWithHistory} />

      <Dialog open={pending !== null} onClose={cancelImport} aria-labelledby="import-title" maxWidth="sm" fullWidth>
        <DialogTitle id="import-title">{t('backup.importTitle', { name: pending?.fileName ?? '' })}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          <DialogContentText>{t('backup.importFrom', { date: formatDateTime(pending?.backup.exportedAt, i18n.language) })}</DialogContentText>
          <Box role="radiogroup" aria-label={t('backup.mode')} sx={{ display: 'flex', gap: 1 }}>
            {(['merge', 'replace'] as const).map((m) => (
              <Button key={m} role="radio" aria-checked={mode === m} variant={mode === m ? 'contained' : 'outlined'} onClick={() => setMode(m)}>{t(`backup.${m}`)}</Button>
            ))}
          </Box>
          <Typography variant="body2" color="text.secondary">{t(`backup.${mode}Help`)}</Typography>
          {plan && (
            <Box component="table" sx={{ borderCollapse: 'collapse', fontSize: 13, '& th, & td': { textAlign: 'left', px: 1, py: 0.5, borderBottom: 1, borderColor: 'divider' } }} aria-label={t('backup.planLabel')}>
              <thead><tr><th scope="col">{t('backup.kind')}</th><th scope="col">{t('backup.add')}</th><th scope="col">{t('backup.change')}</th><th scope="col">{t('backup.unchanged')}</th><th scope="col">{t('backup.remove')}</th></tr></thead>
              <tbody>
                {kinds.map((kind) => (
                  <tr key={kind}>
                    <th scope="row">{t(`backup.kinds.${kind}`)}</th>
                    <td>{plan.kinds[kind].add}</td><td>{plan.kinds[kind].change}</td><td>{plan.kinds[kind].unchanged}</td>
                    <Box component="td" sx={{ color: plan.kinds[kind].remove ? 'error.main' : undefined, fontWeight: plan.kinds[kind].remove ? 700 : undefined }}>{plan.kinds[kind].remove}</Box>
                  </tr>
                ))}
              </tbody>
            </Box>
          )}
          {pending?.backup.history && <HistoryInBackup count={pending.backup.history.snapshots.length} />}
          {plan && plan.noteConflicts.length > 0 && (
            <Alert severity="info">{t('backup.conflicts', { count: plan.noteConflicts.length })}</Alert>
          )}
          {pending && pending.ignoredSettings.length > 0 && (
            <Alert severity="warning">{t('backup.ignoredSettings', { fields: pending.ignoredSettings.join(', ') })}</Alert>
          )}
          {plan?.overLimits && (
            <Alert severity="error">{t(`backup.overLimits.${plan.overLimits}`, { max: USER_DATA_LIMITS.notes.toLocaleString(i18n.language) })}</Alert>
          )}
          {mode === 'replace' && plan && kinds.some((k) => plan.kinds[k].remove > 0) && (
            <Alert severity="warning">{t('backup.replaceWarning')}</Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={cancelImport}>{t('common.cancel')}</Button>
          <Button variant="contained" color={mode === 'replace' ? 'warning' : 'primary'} disabled={Boolean(plan?.overLimits)} onClick={() => void confirmImport(mode)}>{t(`backup.confirm.${mode}`)}</Button>
        </DialogActions>
      </Dialog>

      <Dialog open={confirmDelete} onClose={() => setConfirmDelete(false)} aria-labelledby="delete-all-title">
        <DialogTitle id="delete-all-title">{t('backup.deleteAllTitle')}</DialogTitle>
        <DialogContent><DialogContentText>{t('backup.deleteAllBody')}</DialogContentText></DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirmDelete(false)}>{t('common.cancel')}</Button>
          <Button color="error" variant="contained" onClick={() => { setConfirmDelete(false); void deleteEverything() }}>{t('backup.deleteAllConfirm')}</Button>
        </DialogActions>
      </Dialog>
    </Paper>
  )
}
