import { useCallback } from 'react'
import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import MenuItem from '@mui/material/MenuItem'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import { projectsTarget, type Selection } from '../../../shared/insights/scope'
import { scopeFromText, scopeToText } from '../../../shared/insights/scope-text'
import { Attribution } from '../../components/Attribution'
import { formatDate } from '../../components/format'
import type { ViewProps } from '../../registry/view'
import { hrefTo } from '../../registry/view'
import { navigate } from '../../router/router'
import { ArticleCohortChart } from './charts/ArticleCohortChart'
import { CategoriesChart } from './charts/CategoriesChart'
import { CohortsChart } from './charts/CohortsChart'
import { IntakeChart } from './charts/IntakeChart'
import { MovementsChart } from './charts/MovementsChart'
import './messages'
import { openInProjects } from './open-projects'
import { useScopedProjects } from './useScopedProjects'
import { insightsView, type InsightsParams } from './views'

const SECTIONS = ['intake', 'cohorts', 'cohort-2023', 'movements', 'categories'] as const

/** Five charts over the cached dataset; every figure comes from src/shared/insights, this view only draws. */
export function InsightsView({ params }: ViewProps<InsightsParams>) {
  const { t, i18n } = useTranslation()
  const { scope, scoped, asOf, source, lists, missingList, loading } = useScopedProjects(scopeFromText(params.scope))
  const open = useCallback((selection: Selection) => openInProjects(projectsTarget(scope, selection)), [scope])
  const scopeText = scopeToText(scope) ?? 'sandbox'

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flex: '1 1 360px' }}>
          <Typography variant="h1">{t('insights.title')}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {asOf ? t('insights.asOf', { date: formatDate(asOf, i18n.language) }) : ' '}
          </Typography>
        </Box>
        <TextField
          select
          size="small"
          label={t('insights.scope.label')}
          value={scopeText}
          onChange={(e) => navigate(hrefTo(insightsView, { scope: scopeToText(scopeFromText(e.target.value)) }))}
          sx={{ minWidth: 260 }}
        >
          <MenuItem value="sandbox">{t('insights.scope.sandbox')}</MenuItem>
          <MenuItem value="all">{t('insights.scope.all')}</MenuItem>
          <MenuItem value="starred">{t('insights.scope.starred')}</MenuItem>
          {lists.map((list) => <MenuItem key={list.id} value={`list:${list.id}`}>{t('insights.scope.list', { name: list.name })}</MenuItem>)}
        </TextField>
      </Box>
      {scoped && scoped.length > 0 && <Box component="nav" aria-label={t('insights.sections')} sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: -1 }}>
        {SECTIONS.map((id) => (
          <Button key={id} size="small" onClick={() => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}>
            {t(`insights.sectionNav.${id}`)}
          </Button>
        ))}
      </Box>}
      {missingList && <Alert severity="info">{t('insights.scope.missingList')}</Alert>}
      {loading || !scoped || !asOf ? (
        <Typography color="text.secondary" role="status">{t('insights.loading')}</Typography>
      ) : scoped.length === 0 ? (
        <Alert severity="info" data-testid="insights-empty">{t('insights.scope.empty')}</Alert>
      ) : (
        <>
          <IntakeChart projects={scoped} onOpen={open} />
          <CohortsChart projects={scoped} asOf={asOf} onOpen={open} />
          <ArticleCohortChart projects={scoped} asOf={asOf} onOpen={open} />
          <MovementsChart projects={scoped} onOpen={open} />
          <CategoriesChart projects={scoped} onOpen={open} />
        </>
      )}
      <Attribution source={source} />
    </Box>
  )
}
