import { LazyTooltip } from '../../components/lazy-overlays'
import NoteIcon from '@mui/icons-material/StickyNote2Outlined'
import type { TFunction } from '../../i18n/translator'
import StarIcon from '@mui/icons-material/Star'
import StarBorderIcon from '@mui/icons-material/StarBorder'
import { toggleStar } from '../../db/user-data'
import { useUserDataContext } from './user-data-context'

/**
 * A row's star: a plain button (the page's StarToggle is an IconButton with a tooltip, too heavy
 * per row). Row cells take `t` from the table rather than each subscribing to the language.
 */
export function StarCell({ id, name, t }: { id: string; name: string; t: TFunction }) {
  const { starred } = useUserDataContext()
  const on = starred.has(id)
  const label = t(on ? 'bookmarks.unstarNamed' : 'bookmarks.starNamed', { name })
  return (
    <button type="button" className="cell-icon-button" aria-label={label} title={label} aria-pressed={on} onClick={() => void toggleStar(id)} style={{ color: on ? '#f5b301' : undefined }}>
      {on ? <StarIcon fontSize="small" /> : <StarBorderIcon fontSize="small" />}
    </button>
  )
}

export function NoteIndicatorCell({ id, name, t }: { id: string; name: string; t: TFunction }) {
  const { withNotes } = useUserDataContext()
  if (!withNotes.has(id)) return null
  const label = t('notes.hasNoteNamed', { name })
  return (
    <LazyTooltip title={label}>
      <NoteIcon fontSize="small" role="img" aria-label={label} sx={{ color: 'text.secondary', verticalAlign: 'middle' }} />
    </LazyTooltip>
  )
}
