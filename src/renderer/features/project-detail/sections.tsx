import type { ReactNode } from 'react'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'
import { LINK_KINDS, type Project } from '../../../shared/dataset/schema'
import { ExternalLink } from '../../components/ExternalLink'
import { formatDate } from '../../components/format'
import { MaturityTimeline } from './MaturityTimeline'
import { Section } from './Section'

// The project page's own sections, registered in feature.ts beside the ones other features add.
export { FiguresSection, UpstreamSection } from './FiguresSection'

export function TimelineSection({ project }: { project: Project }) {
  const { t } = useTranslation()
  return <Section title={t('detail.timeline')}><MaturityTimeline dates={project.dates} /></Section>
}

export function HighlightsSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation()
  if (project.highlights.length === 0) return null
  const language = i18n.language === 'ru' ? 'ru' : 'en'
  return (
    <Section title={t('detail.highlights')}>
      <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        {project.highlights.map((h) => <li key={h.en}>{h[language]}</li>)}
      </Box>
    </Section>
  )
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Box component="dt" sx={{ color: 'text.secondary', fontWeight: 500 }}>{label}</Box>
      <Box component="dd" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{children}</Box>
    </>
  )
}

function ChipList({ values }: { values: string[] }) {
  const { t } = useTranslation()
  if (values.length === 0) return <Typography component="span" color="text.secondary">{t('detail.none')}</Typography>
  return <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>{values.map((v) => <Chip key={v} size="small" label={v} />)}</Box>
}

export function FactsSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation()
  return (
    <Section title={t('detail.facts')}>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(140px, max-content) 1fr', columnGap: 2, rowGap: 1, m: 0 }}>
        <Row label={t('detail.placements')}>{project.category} › {project.subcategory}</Row>
        {project.extraPlacements.length > 0 && (
          <Row label={t('detail.extraPlacements')}>{project.extraPlacements.map((p) => `${p.category} › ${p.subcategory}`).join('; ')}</Row>
        )}
        <Row label={t('detail.tags')}><ChipList values={project.tags} /></Row>
        <Row label={t('detail.personas')}><ChipList values={project.personas} /></Row>
        <Row label={t('detail.integrations')}><ChipList values={project.integrations} /></Row>
        <Row label={t('detail.repositories')}>
          {project.repositories.length === 0 ? <Typography component="span" color="text.secondary">{t('detail.none')}</Typography> : (
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {project.repositories.map((r) => (
                <li key={r.url}><ExternalLink href={r.url}>{r.url.replace(/^https?:\/\/(www\.)?/, '')}</ExternalLink>{r.primary ? ` (${t('detail.primaryRepo')})` : ''}</li>
              ))}
            </Box>
          )}
        </Row>
        {project.audits.length > 0 && (
          <Row label={t('detail.audits')}>
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {project.audits.map((a) => (
                <li key={a.url}><ExternalLink href={a.url}>{[a.type, a.vendor, formatDate(a.date, i18n.language)].filter(Boolean).join(' · ') || a.url}</ExternalLink></li>
              ))}
            </Box>
          </Row>
        )}
        {project.chatChannel && <Row label={t('detail.chatChannel')}>{project.chatChannel}</Row>}
        {project.specification && <Row label={t('detail.specification')}>✓</Row>}
        {project.clomonitorName && (
          <Row label={t('detail.clomonitor')}><ExternalLink href={`https://clomonitor.io/projects/cncf/${encodeURIComponent(project.clomonitorName)}`}>{project.clomonitorName}</ExternalLink></Row>
        )}
        {project.lfxSlug && <Row label={t('detail.lfx')}>{project.lfxSlug}</Row>}
        {project.logo && <Row label={t('detail.logo')}>{project.logo.split('/').at(-1)}</Row>}
      </Box>
    </Section>
  )
}

export function LinksSection({ project }: { project: Project }) {
  const { t } = useTranslation()
  const links = LINK_KINDS.filter((kind) => project.links[kind]).map((kind) => ({ label: t(`links.${kind}`), url: project.links[kind]! }))
  const all = [...links, ...project.otherLinks.map((l) => ({ label: l.name, url: l.url }))]
  return (
    <Section title={t('detail.links')}>
      {all.length === 0 ? <Typography color="text.secondary">{t('detail.none')}</Typography> : (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 0.75 }}>
          {all.map((link) => <li key={`${link.label}:${link.url}`}><ExternalLink href={link.url}>{link.label}</ExternalLink></li>)}
        </Box>
      )}
    </Section>
  )
}
