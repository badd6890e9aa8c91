import { defineDetailSection, defineFeature } from '../../registry/feature'
import { notesView } from './views'

export const feature = defineFeature({
  id: 'notes',
  views: [notesView],
  detailSections: [
    defineDetailSection({ id: 'note', column: 'side', order: 20, load: () => import('./NoteEditor').then((m) => ({ default: m.ProjectNoteSection })) }),
  ],
})
