import { memo, type KeyboardEvent } from 'react'
import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { alpha, useTheme } from '@mui/material/styles'
import { useTranslation } from '../../i18n/useTranslation'
import type { TableProject } from '../../../shared/projects/rows'
import { ProjectAvatar } from '../../components/ProjectAvatar'
import { Marked } from '../../components/HighlightedText'
import { ProjectBlurb } from '../../components/ProjectBlurb'
import { MaturityChip } from '../../components/MaturityChip'
import { formatNumericDate } from '../../components/format'
import { ComparePickCheckbox } from '../compare/ComparePickCheckbox'
import { NoteIndicatorCell, StarCell } from '../bookmarks/TableCells'

/** Every card has one height, so the lines of cards can be virtualised without measuring. */
export const CARD_HEIGHT = 144

interface ProjectCardProps {
  project: TableProject
  index: number
  tabStop: boolean
  onKeyDown: (event: KeyboardEvent<HTMLElement>, index: number) => void
  onFocus: (index: number) => void
  onClick: (index: number) => void
}

/**
 * A project as a card: logo or monogram, name and maturity, two lines of summary, the acceptance
 * date, and the star, note and compare markers of the table's first columns.
 */
export const ProjectCard = memo(function ProjectCard({ project, index, tabStop, onKeyDown, onFocus, onClick }: ProjectCardProps) {
  const { t, i18n } = useTranslation()
  const theme = useTheme()
  const nameId = `card-name-${project.id}`
  return (
    <Box
      role="gridcell"
      aria-labelledby={nameId}
      data-index={index}
      data-project-id={project.id}
      tabIndex={tabStop ? 0 : -1}
      onKeyDown={(e: KeyboardEvent<HTMLElement>) => onKeyDown(e, index)}
      onFocus={() => onFocus(index)}
      onClick={(e: React.MouseEvent) => {
        if ((e.target as HTMLElement).closest('a,button,input,label')) return
        onClick(index)
      }}
      sx={{
        height: CARD_HEIGHT, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 1, p: 1.5, cursor: 'pointer',
        bgcolor: 'background.paper', border: `1px solid ${theme.palette.divider}`, borderRadius: 1.5,
        transition: 'border-color 120ms ease, box-shadow 120ms ease',
        '&:hover': { borderColor: alpha(theme.palette.primary.main, 0.6), boxShadow: theme.shadows[2] },
        '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 1 },
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25, minWidth: 0 }}>
        <ProjectAvatar id={project.id} name={project.name} size={36} />
        <Typography id={nameId} component="h2" sx={{ flex: 1, minWidth: 0, fontWeight: 650, fontSize: 15, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          <Marked text={project.name} />
        </Typography>
        <MaturityChip maturity={project.maturity} />
      </Box>
      <Box sx={{ flex: 1, minHeight: 0 }}>
        <ProjectBlurb
          project={project}
          marked
          sx={{ fontSize: 13, lineHeight: 1.45, color: 'text.secondary', overflow: 'hidden', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' }}
        />
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, color: 'text.secondary', fontSize: 12.5 }}>
        {project.dates.accepted && (
          <span>
            {t('columns.accepted')}{' '}
            <time dateTime={project.dates.accepted}>{formatNumericDate(project.dates.accepted, i18n.language)}</time>
          </span>
        )}
        <Box sx={{ flex: 1 }} />
        <NoteIndicatorCell id={project.id} name={project.name} t={t} />
        <StarCell id={project.id} name={project.name} t={t} />
        <ComparePickCheckbox id={project.id} name={project.name} t={t} />
      </Box>
    </Box>
  )
})
