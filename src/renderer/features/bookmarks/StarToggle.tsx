import IconButton from '@mui/material/IconButton'
import Tooltip from '@mui/material/Tooltip'
import StarIcon from '@mui/icons-material/Star'
import StarBorderIcon from '@mui/icons-material/StarBorder'
import { useTranslation } from '../../i18n/useTranslation'
import { toggleStar } from '../../db/user-data'

/** The star on a row or a detail page; `starred` comes from the caller's live data. */
export function StarToggle({ projectId, name, starred, size = 'small' }: { projectId: string; name: string; starred: boolean; size?: 'small' | 'medium' }) {
  const { t } = useTranslation()
  const label = t(starred ? 'bookmarks.unstarNamed' : 'bookmarks.starNamed', { name })
  return (
    <Tooltip title={label}>
      <IconButton size={size} aria-label={label} aria-pressed={starred} onClick={() => void toggleStar(projectId)} sx={{ color: starred ? '#f5b301' : 'text.secondary', p: size === 'small' ? 0.5 : 1 }}>
        {starred ? <StarIcon fontSize="small" /> : <StarBorderIcon fontSize="small" />}
      </IconButton>
    </Tooltip>
  )
}
