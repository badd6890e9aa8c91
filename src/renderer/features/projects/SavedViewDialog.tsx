import { useId, useState } from 'react'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import FormControlLabel from '@mui/material/FormControlLabel'
import TextField from '@mui/material/TextField'
import { useTranslation } from '../../i18n/useTranslation'
import type { SavedViewRecord } from '../../db/database'
import { createSavedView, MAX_VIEW_NAME, renameSavedView, type ViewContent } from '../../db/saved-views'
import { useNoticeStore } from '../../store/notice-store'
import { useUiStore } from '../../store/ui-store'

export type SavedViewDialogMode = 'create' | 'rename'

interface SavedViewDialogProps {
  mode: SavedViewDialogMode
  content: ViewContent
  active: SavedViewRecord | undefined
  onClose: () => void
}

/** Names a new saved view (and may make it the default), or renames the active one. */
export function SavedViewDialog({ mode, content, active, onClose }: SavedViewDialogProps) {
  const { t } = useTranslation()
  const titleId = useId()
  const show = useNoticeStore((s) => s.show)
  const setActive = useUiStore((s) => s.setActiveSavedView)
  const [name, setName] = useState(mode === 'rename' ? (active?.name ?? '') : '')
  const [makeDefault, setMakeDefault] = useState(false)
  const ready = name.trim().length > 0

  const submit = async () => {
    if (!ready) return
    try {
      if (mode === 'rename' && active) {
        await renameSavedView(active.id, name)
        show(t('projectsView.renamed', { name: name.trim() }), 'success')
      } else {
        const view = await createSavedView(name, content, makeDefault)
        setActive(view.id)
        show(t('projectsView.saved', { name: view.name }), 'success')
      }
      onClose()
    } catch (error) {
      show(t('projectsView.saveFailed', { reason: (error as Error).message }), 'error')
    }
  }

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <DialogTitle id={titleId}>{t(mode === 'rename' ? 'projectsView.renameTitle' : 'projectsView.saveTitle')}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label={t('projectsView.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); void submit() } }}
          slotProps={{ htmlInput: { maxLength: MAX_VIEW_NAME } }}
        />
        {mode === 'create' && (
          <FormControlLabel
            control={<Checkbox checked={makeDefault} onChange={(e) => setMakeDefault(e.target.checked)} />}
            label={t('projectsView.openAtStart')}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!ready} onClick={() => void submit()}>{t(mode === 'rename' ? 'projectsView.renameAction' : 'projectsView.saveAction')}</Button>
      </DialogActions>
    </Dialog>
  )
}
