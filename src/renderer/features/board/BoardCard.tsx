import { memo, type DragEvent, type KeyboardEvent } from 'react'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import StarIcon from '@mui/icons-material/Star'
import NoteIcon from '@mui/icons-material/StickyNote2Outlined'
import { useTranslation } from '../../i18n/useTranslation'
import type { TableProject } from '../../../shared/projects/rows'
import type { FieldDefinition, FieldValue } from '../../../shared/evaluation/fields'
import { MaturityChip } from '../../components/MaturityChip'
import { ProjectAvatar } from '../../components/ProjectAvatar'
import { ProjectBlurb } from '../../components/ProjectBlurb'
import { fieldValueText } from '../evaluation/labels'

interface BoardCardProps {
  project: TableProject
  starred: boolean
  hasNote: boolean
  fields: readonly FieldDefinition[]
  values: ReadonlyMap<string, FieldValue> | undefined
  tabStop: boolean
  dragging: boolean
  hintId: string
  onOpen: (id: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLElement>, id: string) => void
  onFocusCard: (id: string) => void
  onDragStart: (event: DragEvent<HTMLElement>, id: string) => void
  onDragEnd: () => void
}

/** One project on the Board: logo or monogram, name, maturity, summary line, star and note markers, chosen fields. */
export const BoardCard = memo(function BoardCard({
  project, starred, hasNote, fields, values, tabStop, dragging, hintId, onOpen, onKeyDown, onFocusCard, onDragStart, onDragEnd,
}: BoardCardProps) {
  const { t, i18n } = useTranslation()
  const shownFields = fields.filter((f) => values?.get(f.id) !== undefined)
  return (
    <Box
      component="li"
      data-card-id={project.id}
      tabIndex={tabStop ? 0 : -1}
      draggable
      aria-describedby={hintId}
      onClick={() => onOpen(project.id)}
      onKeyDown={(e: KeyboardEvent<HTMLElement>) => onKeyDown(e, project.id)}
      onFocus={() => onFocusCard(project.id)}
      onDragStart={(e: DragEvent<HTMLElement>) => onDragStart(e, project.id)}
      onDragEnd={onDragEnd}
      sx={(theme) => ({
        listStyle: 'none', p: 1.25, borderRadius: 1, border: 1, borderColor: 'divider', bgcolor: 'background.paper', cursor: 'grab',
        display: 'flex', flexDirection: 'column', gap: 0.75, opacity: dragging ? 0.45 : 1, contentVisibility: 'auto', containIntrinsicSize: 'auto 96px',
        '&:hover': { borderColor: theme.palette.text.disabled },
        '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 1 },
      })}
    >
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', minWidth: 0 }}>
        <ProjectAvatar id={project.id} name={project.name} size={28} />
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Box data-testid="card-name" sx={{ fontWeight: 600, fontSize: 13.5, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{project.name}</Box>
          <Box sx={{ mt: 0.25 }}><MaturityChip maturity={project.maturity} /></Box>
        </Box>
        {starred && <StarIcon fontSize="small" role="img" aria-label={t('board.starred')} sx={{ color: 'warning.main' }} />}
        {hasNote && <NoteIcon fontSize="small" role="img" aria-label={t('board.hasNote')} sx={{ color: 'text.secondary' }} />}
      </Box>
      <Box sx={{ fontSize: 12.5, color: 'text.secondary', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
        <ProjectBlurb project={project} />
      </Box>
      {shownFields.length > 0 && (
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
          {shownFields.map((f) => (
            <Chip key={f.id} size="small" variant="outlined" label={`${f.name}: ${fieldValueText(f, values?.get(f.id), t, i18n.language)}`} sx={{ height: 20, fontSize: 11.5, maxWidth: '100%' }} />
          ))}
        </Box>
      )}
    </Box>
  )
})
