import { useId, useState } from 'react'
import Button from '@mui/material/Button'
import Divider from '@mui/material/Divider'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import CheckedIcon from '@mui/icons-material/CheckBox'
import UncheckedIcon from '@mui/icons-material/CheckBoxOutlineBlank'
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import type { TableFormat } from '../../../shared/export/render'
import { useSettingsStore } from '../../store/settings-store'

interface ExportMenuProps {
  formats: readonly TableFormat[]
  onExport: (format: TableFormat) => void
  disabled?: boolean
}

/**
 * The Export button and its menu: one item per format, and where CSV is offered the remembered
 * "data only" choice (a menu checkbox, so the menu stays open while it is toggled).
 */
export function ExportMenu({ formats, onExport, disabled }: ExportMenuProps) {
  const { t } = useTranslation()
  const menuId = useId()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const dataOnly = useSettingsStore((s) => s.exportDataOnly)
  const setDataOnly = useSettingsStore((s) => s.setExportDataOnly)
  const open = anchor !== null

  return (
    <>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        disabled={disabled}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="menu"
        aria-expanded={open || undefined}
        aria-controls={open ? menuId : undefined}
      >
        {t('export.button')}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={open} onClose={() => setAnchor(null)}>
        {formats.map((format) => (
          <MenuItem key={format} onClick={() => { setAnchor(null); onExport(format) }}>{t(`export.formats.${format}`)}</MenuItem>
        ))}
        {formats.includes('csv') && <Divider />}
        {formats.includes('csv') && (
          <MenuItem role="menuitemcheckbox" aria-checked={dataOnly} onClick={() => setDataOnly(!dataOnly)}>
            <ListItemIcon>{dataOnly ? <CheckedIcon fontSize="small" color="primary" /> : <UncheckedIcon fontSize="small" />}</ListItemIcon>
            <ListItemText primary={t('export.dataOnly')} secondary={t('export.dataOnlyHint')} />
          </MenuItem>
        )}
      </Menu>
    </>
  )
}
