import Tooltip from '@mui/material/Tooltip'
import NoteIcon from '@mui/icons-material/StickyNote2Outlined'
import { useTranslation } from 'react-i18next'
import { StarToggle } from './StarToggle'
import { useUserDataContext } from './user-data-context'

export function StarCell({ id, name }: { id: string; name: string }) {
  const { starred } = useUserDataContext()
  return <StarToggle projectId={id} name={name} starred={starred.has(id)} />
}

export function NoteIndicatorCell({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation()
  const { withNotes } = useUserDataContext()
  if (!withNotes.has(id)) return null
  const label = t('notes.hasNoteNamed', { name })
  return (
    <Tooltip title={label}>
      <NoteIcon fontSize="small" role="img" aria-label={label} sx={{ color: 'text.secondary', verticalAlign: 'middle' }} />
    </Tooltip>
  )
}
