import { useMemo } from 'react'
import Box from '@mui/material/Box'
import Link from '@mui/material/Link'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import { notableChanges, type NotableChange } from '../../../shared/health/notable'
import { formatDate } from '../../components/format'
import { ProjectAvatar } from '../../components/ProjectAvatar'
import { useSnapshots } from '../../db/health'
import { useProjects } from '../../db/hooks'
import { useUserDataIndex } from '../../db/user-data'
import { projectHref } from '../project-detail/views'

/**
 * What's new, at the top: what changed between the two latest refreshes for the projects the user
 * watches (starred, or in one of their lists): a CLOMonitor score that moved, a badge level, a
 * release, archiving, declining begun. Shown once there are two refreshes and something watched.
 */
export function WatchedChanges() {
  const { t, i18n } = useTranslation()
  const snapshots = useSnapshots()
  const userData = useUserDataIndex()
  const projects = useProjects()
  const watched = useMemo(() => new Set([...(userData?.starred ?? []), ...(userData?.listsOf.keys() ?? [])]), [userData])
  const report = useMemo(() => notableChanges(snapshots ?? [], watched), [snapshots, watched])
  if (!report.since || !report.at || watched.size === 0) return null
  const names = new Map((projects ?? []).map((p) => [p.id, p.name]))
  const language = i18n.language
  return (
    <Paper variant="outlined" component="section" aria-labelledby="watched-changes" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1 }} data-testid="watched-changes">
      <Typography variant="h2" id="watched-changes">{t('health.watched.title')}</Typography>
      <Typography variant="body2" color="text.secondary">{t('health.watched.intro', { from: formatDate(report.since, language), to: formatDate(report.at, language) })}</Typography>
      {report.changes.length === 0 ? <Typography color="text.secondary">{t('health.watched.none')}</Typography> : (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {report.changes.map((change) => (
            <Box component="li" key={`${change.kind}:${change.projectId}`} data-kind={change.kind}
              sx={{ display: 'flex', alignItems: 'center', gap: 1.25, py: 0.75, borderTop: 1, borderColor: 'divider', flexWrap: 'wrap', fontSize: 14 }}>
              <ProjectAvatar id={change.projectId} name={names.get(change.projectId) ?? change.projectId} />
              {names.has(change.projectId)
                ? <Link href={projectHref(change.projectId)} sx={{ fontWeight: 600 }}>{names.get(change.projectId)}</Link>
                : <Box component="span" sx={{ fontWeight: 600 }}>{change.projectId}</Box>}
              <Box component="span" sx={{ color: change.kind === 'declining' || change.kind === 'archived' ? 'warning.main' : 'text.secondary' }}>{changeText(change, t, language)}</Box>
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  )
}

function changeText(change: NotableChange, t: ReturnType<typeof useTranslation>['t'], language: string): string {
  switch (change.kind) {
    case 'score': return t('health.watched.kinds.score', { from: change.from, to: change.to })
    case 'badge': return t('health.watched.kinds.badge', { from: t(`health.badges.${change.from}`), to: t(`health.badges.${change.to}`) })
    case 'release': return t('health.watched.kinds.release', { date: formatDate(change.day, language) })
    case 'archived': return t('health.watched.kinds.archived')
    case 'declining': return t('health.watched.kinds.declining', { reason: t(`health.decliningReasons.${change.reason}`) })
  }
}
