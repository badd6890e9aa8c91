import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import { MAX_COMPARE, MIN_COMPARE } from '../../../shared/compare/compare'
import { useProjectsByIds } from '../../db/compare'
import { navigate, useRouteSelection } from '../../router/router'
import { compareHref, compareView } from './views'
import { useCompareStore } from '../../store/compare-store'

/** The current picks, under every view but Compare itself. */
export function CompareTray() {
  const { t } = useTranslation()
  const picks = useCompareStore((s) => s.picks)
  const remove = useCompareStore((s) => s.remove)
  const clear = useCompareStore((s) => s.clear)
  const projects = useProjectsByIds(picks)
  const onCompare = useRouteSelection((route) => route.view === compareView)
  if (picks.length === 0 || onCompare) return null
  return (
    <Paper
      component="section"
      aria-label={t('compare.tray')}
      square
      elevation={0}
      sx={{ borderTop: 1, borderColor: 'divider', px: 2, py: 1, display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', flex: 'none' }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>{t('compare.trayCount', { count: picks.length, max: MAX_COMPARE })}</Typography>
      {(projects ?? []).map((p) => (
        <Chip key={p.id} size="small" label={p.name} onDelete={() => remove(p.id)} />
      ))}
      <Box sx={{ flex: 1 }} />
      <Button size="small" onClick={clear}>{t('compare.clear')}</Button>
      <Button size="small" variant="contained" disabled={picks.length < MIN_COMPARE} onClick={() => navigate(compareHref())}>
        {t('compare.openView', { count: picks.length })}
      </Button>
    </Paper>
  )
}
