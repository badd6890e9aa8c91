import { Suspense } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import CompareIcon from '@mui/icons-material/CompareArrowsOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import type { Project } from '../../../shared/dataset/schema'
import { MAX_COMPARE } from '../../../shared/compare/compare'
import { Attribution } from '../../components/Attribution'
import { MaturityChip } from '../../components/MaturityChip'
import { ProjectAvatar } from '../../components/ProjectAvatar'
import { ProjectBlurb } from '../../components/ProjectBlurb'
import { formatDate } from '../../components/format'
import { SourceButton } from '../../components/SourceButton'
import { intake2023 } from '../../../shared/dataset/intake'
import { isInsecureUrl } from '../../../shared/url'
import { useLandscapeLabels } from '../../i18n/useLandscapeLabels'
import { useDatasetMeta, useProject } from '../../db/hooks'
import { detailSections } from '../../registry/registry'
import type { DetailSection } from '../../registry/feature'
import type { ViewProps } from '../../registry/view'
import { navigate } from '../../router/router'
import { useCompareStore } from '../../store/compare-store'
import { useNoticeStore } from '../../store/notice-store'
import { PrintButton } from '../../components/print/PrintButton'
import { CompareToggleButtonLabel } from '../compare/ComparePickCheckbox'
import { projectsHref } from '../projects/views'
import { useDownloadedOn } from './useDownloadedOn'

export function ProjectDetailView({ params: { id } }: ViewProps<{ id: string }>) {
  const { t } = useTranslation()
  const project = useProject(id)
  const meta = useDatasetMeta()
  const back = (
    <Button startIcon={<ArrowBackIcon />} onClick={() => navigate(projectsHref())} sx={{ alignSelf: 'flex-start' }}>
      {t('detail.back')}
    </Button>
  )
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
      <ProjectHeader project={project} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2, alignItems: 'start' }}>
        <SectionColumn sections={detailSections('main')} project={project} />
        <SectionColumn sections={detailSections('side')} project={project} />
      </Box>
      <Attribution source={meta?.source} />
    </Box>
  )
}

/** The sections features registered for this column, in their order; each loads with the page. */
function SectionColumn({ sections, project }: { sections: readonly DetailSection[]; project: Project }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }}>
      {sections.map(({ id, component: Component }) => (
        <Suspense key={id} fallback={null}>
          <Component project={project} />
        </Suspense>
      ))}
    </Box>
  )
}

function ProjectHeader({ project }: { project: Project }) {
  const { t, i18n } = useTranslation()
  const downloadedOn = useDownloadedOn()
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
          <PrintButton name={project.id} />
        </Box>
      </Box>
    </Box>
  )
}

