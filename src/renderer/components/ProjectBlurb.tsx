import Box from '@mui/material/Box'
import type { SxProps, Theme } from '@mui/material/styles'
import { useTranslation } from 'react-i18next'
import { projectBlurb } from '../../shared/dataset/summary'
import { Marked } from './HighlightedText'

/**
 * A project's one-line description: our summary, or (for a project new upstream) the
 * landscape's own words in italics, in English, marked as theirs.
 */
export function ProjectBlurb({ project, sx, marked }: {
  project: Parameters<typeof projectBlurb>[0]
  sx?: SxProps<Theme>
  /** Mark what the search in context matched (components/HighlightedText). */
  marked?: boolean
}) {
  const { t, i18n } = useTranslation()
  const blurb = projectBlurb(project, i18n.language === 'ru' ? 'ru' : 'en')
  if (!blurb) return null
  const upstream = blurb.origin === 'upstream'
  const title = upstream ? `${blurb.text}\n— ${t('refresh.upstreamAttribution')}` : blurb.text
  const text = marked ? <Marked text={blurb.text} /> : blurb.text
  // Without `sx`, a plain span: the table draws one per row on every keystroke.
  if (!sx) return <span lang={blurb.lang} title={title} style={upstream ? { fontStyle: 'italic' } : undefined}>{text}</span>
  return (
    <Box component="span" lang={blurb.lang} title={title} sx={[{ fontStyle: upstream ? 'italic' : undefined }, ...(Array.isArray(sx) ? sx : [sx])]}>
      {text}
    </Box>
  )
}
