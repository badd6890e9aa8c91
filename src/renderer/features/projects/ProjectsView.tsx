import { useEffect } from 'react'
import Box from '@mui/material/Box'
import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../components/data-table/DataTable'
import { Attribution } from '../../components/Attribution'
import { useDatasetMeta } from '../../db/hooks'
import { navigate } from '../../router/router'
import { useUiStore } from '../../store/ui-store'
import { ColumnsMenu } from './ColumnsMenu'
import { FilterBar } from './FilterBar'
import { useProjectsTable } from './useProjectsTable'
import { UserDataContext } from '../bookmarks/user-data-context'
import { projectHref } from '../project-detail/views'
import { DossierMenu } from '../evaluation/dossier/DossierMenu'
import { EMPTY_EVALUATION } from '../../../shared/evaluation/filter'

export function ProjectsView() {
  const { t } = useTranslation()
  const { table, loading, total, shown, facets, filtersActive, userData, listNames, changedCount, visibleIds } = useProjectsTable()
  const meta = useDatasetMeta()
  const scrollTop = useUiStore((s) => s.projectsScrollTop)
  const lastOpened = useUiStore((s) => s.lastOpenedProjectId)
  const remember = useUiStore((s) => s.rememberTablePosition)
  // Start from the remembered offset, so opening a row without scrolling keeps it.
  useEffect(() => { scrollPosition = scrollTop }, [scrollTop])

  return (
    <UserDataContext.Provider value={userData}>
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5, flex: 1, minHeight: 0 }}>
      <Typography variant="h1">{t('projects.title')}</Typography>
      <FilterBar
        listNames={listNames} facets={facets} shown={shown} total={total} filtersActive={filtersActive} changedCount={changedCount} evaluation={userData.evaluation ?? EMPTY_EVALUATION}
        trailing={<><DossierMenu scope={{ kind: 'filter', projectIds: visibleIds }} disabled={shown === 0} /><ColumnsMenu table={table} /></>}
      />
      {loading ? (
        <Typography color="text.secondary" role="status">{t('projects.loading')}</Typography>
      ) : (
        <DataTable
          table={table}
          label={t('projects.tableLabel')}
          initialScrollTop={scrollTop}
          initialFocusRowId={lastOpened}
          onScroll={(top) => { scrollPosition = top }}
          onActivateRow={(row) => {
            remember(scrollPosition, row.id)
            navigate(projectHref(row.id))
          }}
          empty={
            <Box sx={{ py: 6, textAlign: 'center' }} data-testid="empty-state">
              <Typography variant="h2" gutterBottom>{t('projects.emptyTitle')}</Typography>
              <Typography color="text.secondary">{t('projects.emptyBody')}</Typography>
            </Box>
          }
        />
      )}
      <Attribution source={meta?.source} />
    </Box>
    </UserDataContext.Provider>
  )
}

/** The live scroll offset, kept outside React state so scrolling does not re-render. */
let scrollPosition = 0
