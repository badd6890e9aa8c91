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
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined'
import CopyIcon from '@mui/icons-material/ContentCopyOutlined'
import SaveIcon from '@mui/icons-material/BookmarkAddOutlined'
import FolderIcon from '@mui/icons-material/FolderOpenOutlined'
import { useTranslation } from 'react-i18next'
import { exportFileName, toCsv, toMarkdownDocument, toMarkdownTable, type ExportTable } from '../../../shared/compare/export'
import { getBridge } from '../../bridge'
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
  const [exportAnchor, setExportAnchor] = useState<HTMLElement | null>(null)
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState('')
  const [currentName, setCurrentName] = useState<string | undefined>()
  const title = currentName ?? t('compare.defaultTitle')

  const exportAs = async (format: 'md' | 'csv') => {
    setExportAnchor(null)
    const table = exportTable(title)
    const result = await getBridge().saveTextFile({
      suggestedName: exportFileName(title, format),
      content: format === 'md' ? toMarkdownDocument(table) : toCsv(table),
      filters: [format === 'md' ? { name: 'Markdown', extensions: ['md'] } : { name: 'CSV', extensions: ['csv'] }],
    })
    if (result.saved) show(result.path ? t('compare.savedTo', { path: result.path }) : t('compare.downloaded'), 'success')
    else if (result.error) show(result.error, 'error')
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(toMarkdownTable(exportTable(title)))
      show(t('compare.copied'), 'success')
    } catch (error) {
      show(t('compare.copyFailed', { reason: (error as Error).message }), 'error')
    }
  }

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
      <Button size="small" startIcon={<DownloadIcon />} disabled={disabled} onClick={(e) => setExportAnchor(e.currentTarget)} aria-haspopup="menu">{t('compare.export')}</Button>
      <Menu anchorEl={exportAnchor} open={exportAnchor !== null} onClose={() => setExportAnchor(null)}>
        <MenuItem onClick={() => void exportAs('md')}>{t('compare.exportMarkdown')}</MenuItem>
        <MenuItem onClick={() => void exportAs('csv')}>{t('compare.exportCsv')}</MenuItem>
      </Menu>
      <Button size="small" startIcon={<CopyIcon />} disabled={disabled} onClick={() => void copy()}>{t('compare.copy')}</Button>
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
