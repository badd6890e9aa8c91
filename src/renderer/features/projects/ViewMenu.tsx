import { lazy, Suspense, useState } from 'react'
import Button from '@mui/material/Button'
import Divider from '@mui/material/Divider'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import MenuItem from '@mui/material/MenuItem'
import MoreIcon from '@mui/icons-material/MoreHoriz'
import SaveIcon from '@mui/icons-material/BookmarkAddOutlined'
import UpdateIcon from '@mui/icons-material/SaveOutlined'
import RenameIcon from '@mui/icons-material/DriveFileRenameOutline'
import DefaultIcon from '@mui/icons-material/HomeOutlined'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import LinkIcon from '@mui/icons-material/LinkOutlined'
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined'
import { LazyMenu } from '../../components/lazy-overlays'
import { useTranslation } from '../../i18n/useTranslation'
import { TABLE_FORMATS, type TableFormat } from '../../../shared/export/formats'
import type { SavedViewRecord } from '../../db/database'
import { deleteSavedView, setDefaultSavedView, updateSavedView } from '../../db/saved-views'
import { useNoticeStore } from '../../store/notice-store'
import { useUiStore } from '../../store/ui-store'
import type { SavedViewDialogMode } from './SavedViewDialog'
import type { ViewContent } from '../../db/saved-views'

// The save and rename form loads when first asked for.
const SavedViewDialog = lazy(() => import('./SavedViewDialog').then((m) => ({ default: m.SavedViewDialog })))

interface ViewMenuProps {
  /** What "Save" and "Update" store: the view's query and columns shown, as they are when used. */
  getContent: () => ViewContent
  /** The saved view the menu acts on (last opened or saved), if it still exists. */
  active: SavedViewRecord | undefined
  /** True when what is shown is exactly the active saved view. */
  unchanged: boolean
  onCopyLink: () => void
  onExport: (format: TableFormat) => void
  exportDisabled: boolean
}

/** The view's menu: save it, update, rename, default or delete the saved view; copy its link; export it. */
export function ViewMenu({ getContent, active, unchanged, onCopyLink, onExport, exportDisabled }: ViewMenuProps) {
  const { t } = useTranslation()
  const show = useNoticeStore((s) => s.show)
  const setActive = useUiStore((s) => s.setActiveSavedView)
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const [dialog, setDialog] = useState<SavedViewDialogMode | null>(null)
  const close = () => setAnchor(null)
  const run = (action: () => Promise<unknown> | void) => () => { close(); void action() }
  const name = active?.name ?? ''

  return (
    <>
      <Button size="small" color="inherit" startIcon={<MoreIcon />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu" aria-expanded={anchor !== null} aria-label={t('projectsView.menu')}>
        {t('projectsView.menuShort')}
      </Button>
      <LazyMenu anchorEl={anchor} open={anchor !== null} onClose={close}>
        <MenuItem onClick={run(() => setDialog('create'))}>
          <ListItemIcon><SaveIcon fontSize="small" /></ListItemIcon>
          <ListItemText>{t('projectsView.saveAs')}</ListItemText>
        </MenuItem>
        {active && [
          <MenuItem key="update" disabled={unchanged} onClick={run(async () => { await updateSavedView(active.id, getContent()); show(t('projectsView.updated', { name }), 'success') })}>
            <ListItemIcon><UpdateIcon fontSize="small" /></ListItemIcon>
            <ListItemText>{t('projectsView.update', { name })}</ListItemText>
          </MenuItem>,
          <MenuItem key="rename" onClick={run(() => setDialog('rename'))}>
            <ListItemIcon><RenameIcon fontSize="small" /></ListItemIcon>
            <ListItemText>{t('projectsView.rename', { name })}</ListItemText>
          </MenuItem>,
          <MenuItem key="default" onClick={run(async () => {
            await setDefaultSavedView(active.isDefault ? undefined : active.id)
            show(t(active.isDefault ? 'projectsView.defaultCleared' : 'projectsView.defaultSet', { name }), 'success')
          })}>
            <ListItemIcon><DefaultIcon fontSize="small" /></ListItemIcon>
            <ListItemText>{t(active.isDefault ? 'projectsView.clearDefault' : 'projectsView.makeDefault', { name })}</ListItemText>
          </MenuItem>,
          <MenuItem key="delete" onClick={run(async () => {
            await deleteSavedView(active.id)
            setActive(undefined)
            show(t('projectsView.deleted', { name }), 'success')
          })}>
            <ListItemIcon><DeleteIcon fontSize="small" /></ListItemIcon>
            <ListItemText>{t('projectsView.delete', { name })}</ListItemText>
          </MenuItem>,
        ]}
        <Divider />
        <MenuItem onClick={run(onCopyLink)}>
          <ListItemIcon><LinkIcon fontSize="small" /></ListItemIcon>
          <ListItemText>{t('projectsView.copyLink')}</ListItemText>
        </MenuItem>
        {TABLE_FORMATS.map((format) => (
          <MenuItem key={format} disabled={exportDisabled} onClick={run(() => onExport(format))}>
            <ListItemIcon><DownloadIcon fontSize="small" /></ListItemIcon>
            <ListItemText>{t(`projectsView.export.${format}`)}</ListItemText>
          </MenuItem>
        ))}
      </LazyMenu>
      {dialog && <Suspense fallback={null}><SavedViewDialog mode={dialog} content={getContent()} active={active} onClose={() => setDialog(null)} /></Suspense>}
    </>
  )
}
