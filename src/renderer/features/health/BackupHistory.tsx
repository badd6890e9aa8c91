import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import { useTranslation } from '../../i18n/useTranslation'
import { useSnapshots } from '../../db/health'

/** The backup export's option to take the figure history along: off unless the user asks. */
export function IncludeHistoryOption({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation()
  const snapshots = useSnapshots()
  if (!snapshots?.length) return null
  return (
    <Box>
      <FormControlLabel
        control={<Checkbox size="small" checked={checked} onChange={(e) => onChange(e.target.checked)} />}
        label={t('health.backup.includeHistory', { count: snapshots.length })}
      />
      <FormHelperText sx={{ mt: -0.5, ml: 4 }}>{t('health.backup.historyHelp')}</FormHelperText>
    </Box>
  )
}

/** In the import dialog: the backup carries figure history, and what happens to it. */
export function HistoryInBackup({ count }: { count: number }) {
  const { t } = useTranslation()
  return <Alert severity="info">{t('health.backup.historyInBackup', { count })}</Alert>
}
