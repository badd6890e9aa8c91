import { useState } from 'react'
import Box from '@mui/material/Box'
import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { useTranslation } from 'react-i18next'
import { Sidebar } from './components/Sidebar'
import { TopBar } from './components/TopBar'
import { StartupError } from './components/StartupError'
import { PlaceholderView } from './components/PlaceholderView'
import { useAppearance } from './app/useAppearance'
import { useDatasetBootstrap } from './app/useDatasetBootstrap'
import { useAutoRefresh } from './features/refresh/useAutoRefresh'
import { useDatasetMeta } from './db/hooks'
import { useRoute } from './router/router'
import { routeHref, type Route } from './router/routes'
import { useDataStatus } from './store/data-status-store'
import { ProjectsView } from './features/projects/ProjectsView'
import { ProjectDetailView } from './features/project-detail/ProjectDetailView'
import { SettingsView } from './features/settings/SettingsView'
import { WhatsNewView } from './features/whats-new/WhatsNewView'
import { CompareView } from './features/compare/CompareView'
import { CompareTray } from './features/compare/CompareTray'
import { NoticeSnackbar } from './components/NoticeSnackbar'
import { ErrorBoundary } from './components/ErrorBoundary'
import { BookmarksView } from './features/bookmarks/BookmarksView'
import { NotesView } from './features/notes/NotesView'

export function App() {
  const { theme } = useAppearance()
  const { t } = useTranslation()
  const { retry } = useDatasetBootstrap()
  useAutoRefresh()
  const route = useRoute()
  const status = useDataStatus((s) => s.status)
  const meta = useDatasetMeta()
  const [collapsed, setCollapsed] = useState(false)
  const blocked = status.state === 'failed' && meta === null

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Box sx={{ display: 'flex', height: '100vh', overflow: 'hidden' }}>
        <Sidebar route={route} collapsed={collapsed} onToggle={() => setCollapsed((c) => !c)} />
        <Box sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
          <TopBar />
          <Box component="main" sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', overflow: 'auto' }}>
            {blocked && status.state === 'failed' ? <StartupError error={status.error} onRetry={retry} /> : (
              <ErrorBoundary resetKey={routeHref(route)} back={{ label: t('crash.home'), href: routeHref({ view: 'projects' }) }}><RouteView route={route} /></ErrorBoundary>
            )}
          </Box>
          {route.view !== 'compare' && !blocked && <CompareTray />}
        </Box>
      </Box>
      <NoticeSnackbar />
    </ThemeProvider>
  )
}

function RouteView({ route }: { route: Route }) {
  const { t } = useTranslation()
  switch (route.view) {
    case 'projects':
      return <ProjectsView />
    case 'project':
      return <ProjectDetailView key={route.id} id={route.id} />
    case 'settings':
      return <SettingsView />
    case 'whats-new':
      return <WhatsNewView />
    case 'compare':
      return <CompareView ids={route.ids} />
    case 'bookmarks':
      return <BookmarksView />
    case 'notes':
      return <NotesView />
  }
}
