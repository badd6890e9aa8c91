import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Tooltip from '@mui/material/Tooltip'
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
import { SourceButton } from '../../components/SourceButton'
import { intake2023 } from '../../../shared/dataset/intake'
import { isInsecureUrl } from '../../../shared/url'
import { useLandscapeLabels } from '../../i18n/useLandscapeLabels'
import { useDatasetMeta, useProject } from '../../db/hooks'
import { navigate } from '../../router/router'
import { MaturityTimeline } from './MaturityTimeline'
import { FiguresSection, UpstreamSection } from './FiguresSection'
import { Section } from './Section'
import { HighlightsSection } from './HighlightsSection'
import { FactsSection, InsecureNote } from './FactsSection'
import { ProjectUserPanel } from '../bookmarks/ProjectUserPanel'
import { NoteEditor } from '../notes/NoteEditor'
import { CompareToggleButtonLabel } from '../compare/ComparePickCheckbox'
import { useCompareStore } from '../../store/compare-store'
import { useNoticeStore } from '../../store/notice-store'
import { MAX_COMPARE } from '../../../shared/compare/compare'
import CompareIcon from '@mui/icons-material/CompareArrowsOutlined'

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
  const labels = useLandscapeLabels()
  const toggleCompare = useCompareStore((s) => s.toggle)
  const show = useNoticeStore((s) => s.show)
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
      <ProjectAvatar id={project.id} name={project.name} size={56} />
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75, minWidth: 0 }}>
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h1">{project.name}</Typography>
          <MaturityChip maturity={project.maturity} size="medium" />
          {intake2023(project).map((marker) => (
            <Tooltip key={marker} title={marker === 'reviewed2023' ? t('intake.reviewed2023Hint') : ''}>
              <Chip size="small" color="secondary" variant="outlined" label={t(`intake.${marker}`)} data-testid={`intake-${marker}`} />
            </Tooltip>
          ))}
        </Box>
        <Typography color="text.secondary">{labels.placement(project)}</Typography>
        <Typography sx={{ maxWidth: 820, fontSize: 15 }}>
          <ProjectBlurb project={project} />
          {project.summary && <SourceButton sources={project.summary.sources} label={t('source.summaryNamed')} />}
        </Typography>
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
        </Box>
      </Box>
    </Box>
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
          {all.map((link) => <li key={`${link.label}:${link.url}`}><ExternalLink href={link.url}>{link.label}</ExternalLink>{isInsecureUrl(link.url) && <InsecureNote />}</li>)}
        </Box>
      )}
    </Section>
  )
}
