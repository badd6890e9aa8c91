import Box from '@mui/material/Box'
import type { SxProps, Theme } from '@mui/material/styles'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../shared/dataset/schema'
import { projectBlurb } from '../../shared/dataset/summary'

/**
 * A project's one-line description: our summary, or (for a project new upstream) the
 * landscape's own words in italics, in English, marked as theirs.
 */
export function ProjectBlurb({ project, sx }: { project: Pick<Project, 'summary' | 'upstreamDescription'>; sx?: SxProps<Theme> }) {
  const { t, i18n } = useTranslation()
  const blurb = projectBlurb(project, i18n.language === 'ru' ? 'ru' : 'en')
  if (!blurb) return null
  const upstream = blurb.origin === 'upstream'
  return (
    <Box
      component="span"
      lang={blurb.lang}
      title={upstream ? `${blurb.text}\n— ${t('refresh.upstreamAttribution')}` : blurb.text}
      sx={[{ fontStyle: upstream ? 'italic' : undefined }, ...(Array.isArray(sx) ? sx : [sx])]}
    >
      {blurb.text}
    </Box>
  )
}
