import ViewKanbanIcon from '@mui/icons-material/ViewKanbanOutlined'
import { defineView } from '../../registry/view'

/** A column per status, a card per project; the Projects filters apply. */
export const boardView = defineView({
  id: 'board',
  path: '/board',
  sidebar: { label: 'board.title', icon: ViewKanbanIcon, order: 50 },
  load: () => import('./BoardView').then((m) => ({ default: m.BoardView })),
})
