import Box from '@mui/material/Box'
import type { SxProps, Theme } from '@mui/material/styles'
import { useTranslation } from '../i18n/useTranslation'
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
  const language = i18n.language === 'ru' ? 'ru' : 'en'
  if (!sx) return <BlurbText project={project} language={language} upstreamNote={t('refresh.upstreamAttribution')} marked={marked} />
  const blurb = projectBlurb(project, language)
  if (!blurb) return null
  const upstream = blurb.origin === 'upstream'
  const title = upstream ? `${blurb.text}\n— ${t('refresh.upstreamAttribution')}` : blurb.text
  const text = marked ? <Marked text={blurb.text} /> : blurb.text
  return (
    <Box component="span" lang={blurb.lang} title={title} sx={[{ fontStyle: upstream ? 'italic' : undefined }, ...(Array.isArray(sx) ? sx : [sx])]}>
      {text}
    </Box>
  )
}

/**
 * The same as a plain span, language and attribution given: the table draws one per row on every
 * keystroke, with what it already knows.
 */
export function BlurbText({ project, language, upstreamNote, marked }: {
  project: Parameters<typeof projectBlurb>[0]
  language: 'en' | 'ru'
  /** Said under an upstream description, on hover. */
  upstreamNote: string
  marked?: boolean
}) {
  const blurb = projectBlurb(project, language)
  if (!blurb) return null
  const upstream = blurb.origin === 'upstream'
  return (
    <span lang={blurb.lang} title={upstream ? `${blurb.text}\n— ${upstreamNote}` : blurb.text} style={upstream ? { fontStyle: 'italic' } : undefined}>
      {marked ? <Marked text={blurb.text} excerpt /> : blurb.text}
    </span>
  )
}
