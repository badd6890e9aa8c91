import { useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import IconButton from '@mui/material/IconButton'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import AddIcon from '@mui/icons-material/Add'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import EditIcon from '@mui/icons-material/EditOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import { groupBookmarks } from '../../../shared/bookmarks/group'
import { ProjectAvatar } from '../../components/ProjectAvatar'
import { MaturityChip } from '../../components/MaturityChip'
import { ProjectBlurb } from '../../components/ProjectBlurb'
import { useProjects } from '../../db/hooks'
import type { ListRecord } from '../../db/database'
import { createList, deleteList, renameList, useBookmarks, useLists } from '../../db/user-data'
import { projectHref } from '../project-detail/views'
import { useNoticeStore } from '../../store/notice-store'
import { StarToggle } from './StarToggle'
import { DossierMenu } from '../evaluation/dossier/DossierMenu'

export function BookmarksView() {
  const { t } = useTranslation()
  const bookmarks = useBookmarks()
  const lists = useLists()
  const projects = useProjects()
  const [editing, setEditing] = useState<{ list?: ListRecord; name: string } | null>(null)
  const [deleting, setDeleting] = useState<ListRecord | null>(null)
  const show = useNoticeStore((s) => s.show)
  if (!bookmarks || !lists || !projects) return null
  const groups = groupBookmarks(bookmarks, lists, projects)

  const saveList = async () => {
    if (!editing?.name.trim()) return
    try {
      if (editing.list) await renameList(editing.list.id, editing.name)
      else await createList(editing.name)
      setEditing(null)
    } catch (error) {
      show(t('bookmarks.listFailed', { reason: (error as Error).message }), 'error')
    }
  }

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 1100 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="h1" sx={{ flex: 1 }}>{t('nav.bookmarks')}</Typography>
        <Button startIcon={<AddIcon />} onClick={() => setEditing({ name: '' })}>{t('bookmarks.newList')}</Button>
      </Box>
      {bookmarks.length === 0 && lists.length === 0 && (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="h2" gutterBottom>{t('bookmarks.emptyTitle')}</Typography>
          <Typography color="text.secondary">{t('bookmarks.emptyBody')}</Typography>
        </Paper>
      )}
      {groups.map((group) => (
        <Paper key={group.list?.id ?? 'unlisted'} variant="outlined" component="section" aria-label={group.list?.name ?? t('bookmarks.unlisted')} sx={{ p: 2 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
            <Typography variant="h2" sx={{ flex: 1 }}>{group.list?.name ?? t('bookmarks.unlisted')} <Typography component="span" color="text.secondary">· {group.entries.length}</Typography></Typography>
            {group.list && (
              <>
                <DossierMenu scope={{ kind: 'list', listId: group.list.id, name: group.list.name }} disabled={group.entries.length === 0} />
                <Tooltip title={t('bookmarks.rename')}><IconButton size="small" aria-label={t('bookmarks.renameNamed', { name: group.list.name })} onClick={() => setEditing({ list: group.list, name: group.list!.name })}><EditIcon fontSize="small" /></IconButton></Tooltip>
                <Tooltip title={t('bookmarks.deleteList')}><IconButton size="small" aria-label={t('bookmarks.deleteListNamed', { name: group.list.name })} onClick={() => setDeleting(group.list!)}><DeleteIcon fontSize="small" /></IconButton></Tooltip>
              </>
            )}
          </Box>
          {group.entries.length === 0 ? <Typography color="text.secondary">{t('bookmarks.listEmpty')}</Typography> : (
            <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column' }}>
              {group.entries.map(({ bookmark, project }) => (
                <Box component="li" key={bookmark.projectId} sx={{ display: 'flex', alignItems: 'center', gap: 1.25, py: 0.75, borderTop: 1, borderColor: 'divider' }}>
                  <StarToggle projectId={bookmark.projectId} name={project?.name ?? bookmark.projectId} starred />
                  <ProjectAvatar id={bookmark.projectId} name={project?.name ?? bookmark.projectId} />
                  {project ? (
                    <>
                      <Box component="a" href={projectHref(project.id)} sx={{ fontWeight: 600, color: 'text.primary', minWidth: 160 }}>{project.name}</Box>
                      <MaturityChip maturity={project.maturity} />
                      <Typography variant="body2" color="text.secondary" noWrap sx={{ flex: 1, minWidth: 0 }}><ProjectBlurb project={project} /></Typography>
                    </>
                  ) : (
                    <>
                      <Box component="span" sx={{ fontWeight: 600, minWidth: 160 }}>{bookmark.projectId}</Box>
                      <Typography variant="body2" color="warning.main">{t('bookmarks.gone')}</Typography>
                    </>
                  )}
                </Box>
              ))}
            </Box>
          )}
        </Paper>
      ))}
      <Dialog open={editing !== null} onClose={() => setEditing(null)} aria-labelledby="list-dialog-title">
        <DialogTitle id="list-dialog-title">{editing?.list ? t('bookmarks.rename') : t('bookmarks.newList')}</DialogTitle>
        <DialogContent>
          <TextField autoFocus fullWidth margin="dense" label={t('bookmarks.listName')} value={editing?.name ?? ''}
            onChange={(e) => setEditing((s) => (s ? { ...s, name: e.target.value } : s))}
            onKeyDown={(e) => { if (e.key === 'Enter') void saveList() }} slotProps={{ htmlInput: { maxLength: 80 } }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setEditing(null)}>{t('common.cancel')}</Button>
          <Button variant="contained" disabled={!editing?.name.trim()} onClick={() => void saveList()}>{t('bookmarks.saveList')}</Button>
        </DialogActions>
      </Dialog>
      <Dialog open={deleting !== null} onClose={() => setDeleting(null)} aria-labelledby="list-delete-title">
        <DialogTitle id="list-delete-title">{t('bookmarks.deleteListNamed', { name: deleting?.name ?? '' })}</DialogTitle>
        <DialogContent><DialogContentText>{t('bookmarks.deleteListBody')}</DialogContentText></DialogContent>
        <DialogActions>
          <Button onClick={() => setDeleting(null)}>{t('common.cancel')}</Button>
          <Button color="error" variant="contained" onClick={() => { if (deleting) void deleteList(deleting.id); setDeleting(null) }}>{t('common.delete')}</Button>
        </DialogActions>
      </Dialog>
    </Box>
  )
}
