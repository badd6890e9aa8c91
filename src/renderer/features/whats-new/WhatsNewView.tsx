import type { ReactNode } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import FilterIcon from '@mui/icons-material/FilterListOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import type { DatasetChange, NewLink } from '../../../shared/dataset/diff'
import { groupChanges, groupRefreshHistory } from '../../../shared/refresh/history'
import { Attribution } from '../../components/Attribution'
import { ExternalLink } from '../../components/ExternalLink'
import { formatDate, formatDateTime, hostOf } from '../../components/format'
import { MaturityChip } from '../../components/MaturityChip'
import { ProjectAvatar } from '../../components/ProjectAvatar'
import type { RefreshRecord } from '../../db/database'
import { useDatasetMeta, useProjects } from '../../db/hooks'
import { useRefreshes } from '../../db/refresh-history'
import { useUserDataIndex } from '../../db/user-data'
import { navigate } from '../../router/router'
import { projectHref } from '../project-detail/views'
import { projectsWithFilters } from '../projects/views'
import { DataOrigin } from '../refresh/DataOrigin'
import { RefreshControls } from '../refresh/RefreshControls'
import { attemptLine } from '../refresh/labels'
import { WatchedChanges } from '../health/WatchedChanges'
import { useLandscapeLabels } from '../../i18n/useLandscapeLabels'

/**
 * What changed upstream, refresh by refresh, newest first, with links to the projects. Before
 * the first refresh it explains which bundled data the user is looking at and offers to refresh.
 */
export function WhatsNewView() {
  const { t, i18n } = useTranslation()
  const meta = useDatasetMeta()
  const refreshes = useRefreshes()
  const projects = useProjects()
  const present = new Set((projects ?? []).map((p) => p.id))
  const entries = groupRefreshHistory(refreshes ?? [])
  const latestWithChanges = refreshes?.find((r) => r.changes.length > 0)

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 960 }}>
      <Typography variant="h1">{t('whatsNew.title')}</Typography>
      <WatchedChanges />
      <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {meta && <DataOrigin meta={meta} />}
        <RefreshControls />
      </Paper>
      {refreshes && refreshes.length === 0 && meta && (
        <Paper variant="outlined" component="section" aria-labelledby="whats-new-bundled" sx={{ p: 2 }} data-testid="whats-new-bundled">
          <Typography variant="h2" id="whats-new-bundled" sx={{ mb: 1 }}>{t('whatsNew.bundledTitle')}</Typography>
          <Typography>{t('whatsNew.bundledBody', { date: formatDate(meta.source.date, i18n.language), count: meta.projectCount })}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{t('whatsNew.offlineHint')}</Typography>
        </Paper>
      )}
      {entries.map((entry) => entry.type === 'refresh' ? (
        <RefreshEntry key={entry.record.id} record={entry.record} present={present} showFilter={entry.record === latestWithChanges} />
      ) : (
        <Typography key={entry.records[0].id} variant="body2" color="text.secondary" sx={{ px: 0.5 }}>
          {t('whatsNew.quiet', { count: entry.records.length, date: formatDate(entry.records[0].finishedAt, i18n.language) })}
        </Typography>
      ))}
      <Attribution source={meta?.source} />
    </Box>
  )
}

function RefreshEntry({ record, present, showFilter }: { record: RefreshRecord; present: ReadonlySet<string>; showFilter: boolean }) {
  const { t, i18n } = useTranslation()
  const time = formatDateTime(record.finishedAt, i18n.language)
  const titleId = `refresh-${record.id}`
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }} data-testid="refresh-entry">
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h2" id={titleId}>{t('whatsNew.refreshOf', { time })}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t('whatsNew.from', { host: hostOf(record.sourceUrl), format: t(`refresh.formats.${record.format ?? 'api'}`) })}
          {' · '}
          {t('whatsNew.changes', { count: record.changes.length })}
        </Typography>
        <Box sx={{ flex: 1 }} />
        {showFilter && (
          <Button size="small" startIcon={<FilterIcon />} onClick={() => navigate(projectsWithFilters({ changed: true }))}>
            {t('whatsNew.showChanged')}
          </Button>
        )}
      </Box>
      {record.failedAttempts?.[0] && record.format === 'yaml' && (
        <Typography variant="body2" color="text.secondary">{t('whatsNew.fallback', { reason: attemptLine(record.failedAttempts[0], t) })}</Typography>
      )}
      {record.changes.length === 0 && <Typography color="text.secondary">{t('whatsNew.noChanges')}</Typography>}
      {groupChanges(record.changes).map((group) => (
        <Box key={group.kind} component="section" aria-label={`${t(`whatsNew.kinds.${group.kind}`)} (${group.changes.length})`}>
          <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
            {t(`whatsNew.kinds.${group.kind}`)} <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>· {group.changes.length}</Box>
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column' }}>
            {group.changes.map((change) => <ChangeItem key={`${change.kind}:${change.projectId}`} change={change} present={present.has(change.projectId)} />)}
          </Box>
        </Box>
      ))}
    </Paper>
  )
}

function ChangeItem({ change, present }: { change: DatasetChange; present: boolean }) {
  const { t } = useTranslation()
  const landscape = useLandscapeLabels()
  const userData = useUserDataIndex()
  const maturity = (m: string) => t(`maturity.${m}`)
  const name = present
    ? <Link href={projectHref(change.projectId)} sx={{ fontWeight: 600 }}>{change.name}</Link>
    : <Box component="span" sx={{ fontWeight: 600 }}>{change.name}</Box>
  let detail: ReactNode = null
  switch (change.kind) {
    case 'added':
      detail = <><MaturityChip maturity={change.maturity} /><span>{t('whatsNew.placement', { category: landscape.category(change.category), subcategory: landscape.subcategory(change.subcategory) })}</span></>
      break
    case 'promoted':
    case 'maturity':
      detail = <span>{t('whatsNew.maturityChange', { from: maturity(change.from), to: maturity(change.to) })}</span>
      break
    case 'archived':
      detail = <span>{t('whatsNew.archivedFrom', { from: maturity(change.from) })}</span>
      break
    case 'moved':
      detail = <span>{t('whatsNew.placement', { ...change.from })} → {t('whatsNew.placement', { ...change.to })}</span>
      break
    case 'renamed':
      detail = <span>{t('whatsNew.renamedFrom', { name: change.from })}</span>
      break
    case 'links':
      detail = (
        <Box component="span" sx={{ display: 'inline-flex', gap: 1.25, flexWrap: 'wrap' }}>
          {change.links.map((link) => <ExternalLink key={`${link.type}:${link.url}`} href={link.url}>{linkLabel(link, t)}</ExternalLink>)}
        </Box>
      )
      break
    case 'removed': {
      const kept = userData && (userData.starred.has(change.projectId) || userData.withNotes.has(change.projectId))
      detail = <><MaturityChip maturity={change.maturity} />{kept && <Box component="span" sx={{ color: 'warning.main' }}>{t('whatsNew.removedKept')}</Box>}</>
      break
    }
  }
  return (
    <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 1.25, py: 0.75, borderTop: 1, borderColor: 'divider', flexWrap: 'wrap', fontSize: 14 }}>
      <ProjectAvatar id={change.projectId} name={change.name} />
      {name}
      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, color: 'text.secondary', flexWrap: 'wrap' }}>{detail}</Box>
    </Box>
  )
}

function linkLabel(link: NewLink, t: (key: string) => string): string {
  if (link.type === 'other') return link.name ?? hostOf(link.url)
  if (link.type === 'repository') return link.url.replace(/^https?:\/\/(www\.)?/, '')
  return t(`links.${link.type}`)
}
