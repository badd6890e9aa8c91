import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import { LINK_KINDS, type Project } from '../../../shared/dataset/schema'
import { isInsecureUrl } from '../../../shared/url'
import { ExternalLink } from '../../components/ExternalLink'
import { MaturityTimeline } from './MaturityTimeline'
import { Section } from './Section'
import { InsecureNote } from './FactsSection'

// The project page's own sections, registered in feature.ts beside the ones other features add.
export { FiguresSection, UpstreamSection } from './FiguresSection'
export { HighlightsSection } from './HighlightsSection'
export { FactsSection } from './FactsSection'

export function TimelineSection({ project }: { project: Project }) {
  const { t } = useTranslation()
  return <Section title={t('detail.timeline')}><MaturityTimeline dates={project.dates} /></Section>
}

export function LinksSection({ project }: { project: Project }) {
  const { t } = useTranslation()
  const links = LINK_KINDS.filter((kind) => project.links[kind]).map((kind) => ({ label: t(`links.${kind}`), url: project.links[kind]! }))
  const all = [...links, ...project.otherLinks.map((l) => ({ label: l.name, url: l.url }))]
  return (
    <Section title={t('detail.links')}>
      {all.length === 0 ? <Typography color="text.secondary">{t('detail.none')}</Typography> : (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
          {all.map((link) => <li key={`${link.label}:${link.url}`}><ExternalLink href={link.url}>{link.label}</ExternalLink>{isInsecureUrl(link.url) && <InsecureNote />}</li>)}
        </Box>
      )}
    </Section>
  )
}
