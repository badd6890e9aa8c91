import { useState } from 'react'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import ListItemText from '@mui/material/ListItemText'
import MenuItem from '@mui/material/MenuItem'
import ViewColumnIcon from '@mui/icons-material/ViewColumnOutlined'
import { LazyMenu } from '../../components/lazy-overlays'
import { useTranslation } from '../../i18n/useTranslation'
import type { ReactTable, RowData } from '@tanstack/react-table'
import type { DataTableFeatures } from '../../components/data-table/features'

/** Column visibility, as its own small component (as Headlamp does). */
export function ColumnsMenu<TData extends RowData>({ table, labelOf }: { table: ReactTable<DataTableFeatures, TData>; labelOf: (columnId: string) => string }) {
  const { t } = useTranslation()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide())
  return (
    <>
      <Button size="small" color="inherit" startIcon={<ViewColumnIcon />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu" aria-label={t('projects.columnsMenu')}>
        {t('projects.columns')}
      </Button>
      <LazyMenu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {columns.map((column) => (
          <MenuItem key={column.id} dense onClick={() => column.toggleVisibility()} role="menuitemcheckbox" aria-checked={column.getIsVisible()}>
            <Checkbox size="small" checked={column.getIsVisible()} tabIndex={-1} disableRipple sx={{ p: 0, mr: 1 }} slotProps={{ input: { 'aria-hidden': true } }} />
            <ListItemText primary={column.columnDef.meta?.label ?? labelOf(column.id)} />
          </MenuItem>
        ))}
      </LazyMenu>
    </>
  )
}
