import type { ReactNode } from 'react'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import type { Project } from '../../../shared/dataset/schema'
import { displayUrl, isInsecureUrl, repositoryKind } from '../../../shared/url'
import { ExternalLink } from '../../components/ExternalLink'
import { formatDate } from '../../components/format'
import { useLandscapeLabels } from '../../i18n/useLandscapeLabels'
import { Section } from './Section'

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

/** A repository link as what it is: an organisation page is said to be one; http stays visible. */
function RepositoryItem({ url, primary }: { url: string; primary: boolean }) {
  const { t } = useTranslation()
  const notes = [primary ? t('detail.primaryRepo') : undefined, repositoryKind(url) === 'organization' ? t('detail.organizationPage') : undefined].filter(Boolean)
  return <li><ExternalLink href={url}>{displayUrl(url)}</ExternalLink>{notes.length > 0 && ` (${notes.join('; ')})`}{isInsecureUrl(url) && <InsecureNote />}</li>
}

/** Said in words next to a plain-http link, so nobody takes it for an encrypted one. */
export function InsecureNote() {
  const { t } = useTranslation()
  return <Typography component="span" variant="caption" sx={{ ml: 0.75, color: 'warning.main' }}>{t('detail.insecureLink')}</Typography>
}

export function FactsSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation()
  const labels = useLandscapeLabels()
  return (
    <Section title={t('detail.facts')}>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(140px, max-content) 1fr', columnGap: 2, rowGap: 1, m: 0 }}>
        <Row label={t('detail.placements')}>{labels.placement(project)}</Row>
        {project.extraPlacements.length > 0 && (
          <Row label={t('detail.extraPlacements')}>{project.extraPlacements.map(labels.placement).join('; ')}</Row>
        )}
        <Row label={t('detail.tags')}><ChipList values={project.tags} /></Row>
        <Row label={t('detail.personas')}><ChipList values={project.personas.map(labels.persona)} /></Row>
        <Row label={t('detail.integrations')}><ChipList values={project.integrations} /></Row>
        <Row label={t('detail.repositories')}>
          {project.repositories.length === 0 ? <Typography component="span" color="text.secondary">{t('detail.none')}</Typography> : (
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {project.repositories.map((r) => <RepositoryItem key={r.url} url={r.url} primary={r.primary} />)}
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
