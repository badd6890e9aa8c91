import { useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import IconButton from '@mui/material/IconButton'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import CopyIcon from '@mui/icons-material/ContentCopyOutlined'
import SaveIcon from '@mui/icons-material/BookmarkAddOutlined'
import FolderIcon from '@mui/icons-material/FolderOpenOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import { markdownTable } from '../../../shared/export/markdown'
import type { ExportTable } from '../../../shared/export/model'
import { TABLE_FORMATS, type TableFormat } from '../../../shared/export/formats'
import { ExportMenu } from '../../components/export/ExportMenu'
import { useExport } from '../../components/export/useExport'
import { formatDate } from '../../components/format'
import { deleteComparison, saveComparison, useComparisons } from '../../db/compare'
import { useCompareStore } from '../../store/compare-store'
import { useNoticeStore } from '../../store/notice-store'

interface CompareActionsProps {
  picks: string[]
  exportTable: (title: string) => ExportTable
  disabled: boolean
}

/** Save, reopen, export (Markdown, CSV) and copy a comparison. */
export function CompareActions({ picks, exportTable, disabled }: CompareActionsProps) {
  const { t, i18n } = useTranslation()
  const show = useNoticeStore((s) => s.show)
  const replace = useCompareStore((s) => s.replace)
  const saved = useComparisons()
  const [savedAnchor, setSavedAnchor] = useState<HTMLElement | null>(null)
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState('')
  const [currentName, setCurrentName] = useState<string | undefined>()
  const title = currentName ?? t('compare.defaultTitle')

  const exporter = useExport()
  const exportAs = (format: TableFormat) => exporter.save({ kind: 'table', format, table: exportTable(title) })
  // The table without its title, for pasting into a page that has one; the footer comes along.
  const copy = () => exporter.copy({ kind: 'markdown', title: '', body: markdownTable(exportTable(title)) }, t('compare.copied'))

  const save = async () => {
    const record = await saveComparison(name, picks)
    setCurrentName(record.name)
    setNaming(false)
    show(t('compare.saved', { name: record.name }), 'success')
  }

  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      <Button size="small" startIcon={<FolderIcon />} onClick={(e) => setSavedAnchor(e.currentTarget)} aria-haspopup="menu" disabled={!saved?.length}>
        {t('compare.open')}
      </Button>
      <Menu anchorEl={savedAnchor} open={savedAnchor !== null} onClose={() => setSavedAnchor(null)}>
        {saved?.map((c) => (
          <MenuItem key={c.id} onClick={() => { replace(c.projectIds); setCurrentName(c.name); setSavedAnchor(null) }}>
            <ListItemText primary={c.name} secondary={t('compare.savedMeta', { count: c.projectIds.length, date: formatDate(c.updatedAt, i18n.language) })} />
            <IconButton
              edge="end"
              size="small"
              aria-label={t('compare.deleteNamed', { name: c.name })}
              onClick={(e) => { e.stopPropagation(); void deleteComparison(c.id) }}
              sx={{ ml: 2 }}
            ><DeleteIcon fontSize="small" /></IconButton>
          </MenuItem>
        ))}
      </Menu>
      <Button size="small" startIcon={<SaveIcon />} disabled={disabled} onClick={() => { setName(currentName ?? ''); setNaming(true) }}>{t('compare.save')}</Button>
      <ExportMenu formats={TABLE_FORMATS} onExport={(format) => void exportAs(format)} disabled={disabled || !exporter.ready} />
      <Button size="small" startIcon={<CopyIcon />} disabled={disabled || !exporter.ready} onClick={() => void copy()}>{t('compare.copy')}</Button>
      <Dialog open={naming} onClose={() => setNaming(false)} aria-labelledby="compare-save-title">
        <DialogTitle id="compare-save-title">{t('compare.saveTitle')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={t('compare.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter' && name.trim()) void save() }}
            slotProps={{ htmlInput: { maxLength: 120 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setNaming(false)}>{t('common.cancel')}</Button>
          <Button variant="contained" disabled={!name.trim()} onClick={() => void save()}>{t('compare.save')}</Button>
        </DialogActions>
      </Dialog>
    </Box>
  )
}
