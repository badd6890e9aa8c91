import type { ReactNode } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Typography from '@mui/material/Typography'
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import { useTranslation } from 'react-i18next'
import { LINK_KINDS, type Project } from '../../../shared/dataset/schema'
import { Attribution } from '../../components/Attribution'
import { ExternalLink } from '../../components/ExternalLink'
import { MaturityChip } from '../../components/MaturityChip'
import { ProjectAvatar } from '../../components/ProjectAvatar'
import { ProjectBlurb } from '../../components/ProjectBlurb'
import { formatDate } from '../../components/format'
import { useDatasetMeta, useProject } from '../../db/hooks'
import { navigate } from '../../router/router'
import { MaturityTimeline } from './MaturityTimeline'
import { FiguresSection, UpstreamSection } from './FiguresSection'
import { Section } from './Section'
import { ProjectUserPanel } from '../bookmarks/ProjectUserPanel'
import { NoteEditor } from '../notes/NoteEditor'
import { CompareToggleButtonLabel } from '../compare/ComparePickCheckbox'
import { useCompareStore } from '../../store/compare-store'
import { useNoticeStore } from '../../store/notice-store'
import { MAX_COMPARE } from '../../../shared/compare/compare'
import CompareIcon from '@mui/icons-material/CompareArrowsOutlined'
import { PrintButton } from '../../components/print/PrintButton'

export function ProjectDetailView({ id }: { id: string }) {
  const { t } = useTranslation()
  const project = useProject(id)
  const meta = useDatasetMeta()
  const back = (
    <Button startIcon={<ArrowBackIcon />} onClick={() => navigate({ view: 'projects' })} sx={{ alignSelf: 'flex-start' }}>
      {t('detail.back')}
    </Button>
  )
  // Upstream text only ever arrives with a live refresh: the data's date is the download's.
  const downloadedOn = meta?.source.live ? meta.source.date : undefined
  if (project === undefined) return <Box sx={{ p: 2 }}>{back}</Box>
  if (project === null) {
    return (
      <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
        {back}
        <Typography role="alert">{t('detail.notFound', { id })}</Typography>
      </Box>
    )
  }
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 1200 }}>
      {back}
      <ProjectHeader project={project} downloadedOn={downloadedOn} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2, alignItems: 'start' }}>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Section title={t('detail.timeline')}><MaturityTimeline dates={project.dates} /></Section>
          <HighlightsSection project={project} />
          <UpstreamSection project={project} downloadedOn={downloadedOn} />
          <FiguresSection project={project} />
          <FactsSection project={project} />
        </Box>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <ProjectUserPanel projectId={project.id} name={project.name} />
          <NoteEditor projectId={project.id} />
          <LinksSection project={project} />
        </Box>
      </Box>
      <Attribution source={meta?.source} />
    </Box>
  )
}

function ProjectHeader({ project, downloadedOn }: { project: Project; downloadedOn?: string }) {
  const { t, i18n } = useTranslation()
  const toggleCompare = useCompareStore((s) => s.toggle)
  const show = useNoticeStore((s) => s.show)
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
      <ProjectAvatar id={project.id} name={project.name} size={56} />
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, minWidth: 0 }}>
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h1">{project.name}</Typography>
          <MaturityChip maturity={project.maturity} size="medium" />
          {project.intake2023 && <Chip size="small" color="secondary" variant="outlined" label={t('detail.intake2023')} />}
        </Box>
        <Typography color="text.secondary">{project.category} › {project.subcategory}</Typography>
        <Typography sx={{ maxWidth: 820, fontSize: 15 }}><ProjectBlurb project={project} /></Typography>
        {!project.summary && project.upstreamDescription && (
          <Typography variant="caption" color="text.secondary" data-testid="upstream-attribution">{t('detail.noSummary')} {t('detail.upstreamSource', { date: formatDate(downloadedOn, i18n.language) })}</Typography>
        )}
        <Box sx={{ display: 'flex', gap: 1, mt: 0.5, flexWrap: 'wrap' }}>
          <Button
            size="small"
            variant="outlined"
            startIcon={<CompareIcon />}
            onClick={() => { if (!toggleCompare(project.id)) show(t('compare.full', { max: MAX_COMPARE }), 'warning') }}
          >
            <CompareToggleButtonLabel id={project.id} />
          </Button>
          <PrintButton name={project.id} />
        </Box>
      </Box>
    </Box>
  )
}

function HighlightsSection({ project }: { project: Project }) {
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

function FactsSection({ project }: { project: Project }) {
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

function LinksSection({ project }: { project: Project }) {
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
