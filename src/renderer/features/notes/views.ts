import NotesIcon from '@mui/icons-material/StickyNote2Outlined'
import { defineView } from '../../registry/view'

export const notesView = defineView({
  id: 'notes',
  path: '/notes',
  sidebar: { label: 'nav.notes', icon: NotesIcon, order: 40 },
  load: () => import('./NotesView').then((m) => ({ default: m.NotesView })),
})
