import { Suspense, useCallback, useEffect, useState } from 'react'
import Box from '@mui/material/Box'
import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { useTranslation } from './i18n/useTranslation'
import { Sidebar } from './components/Sidebar'
import { TopBar } from './components/TopBar'
import { StartupError } from './components/StartupError'
import { NoticeSnackbar } from './components/NoticeSnackbar'
import { ShellSlot } from './components/ShellSlot'
import { useAppearance } from './app/useAppearance'
import { useDatasetBootstrap } from './app/useDatasetBootstrap'
import { usePrefetchViews } from './app/usePrefetchViews'
import { useDesktopIntegration } from './app/useDesktopIntegration'
import { useDatasetMeta } from './db/hooks'
import { useRoute, useRouteSelection } from './router/router'
import { useDataStatus } from './store/data-status-store'
import { markFirstRender } from './store/first-content'
import { ErrorBoundary } from './components/ErrorBoundary'
import { registeredViews } from './registry/registry'
import { hrefTo } from './registry/view'

/** The shell: sidebar, top bar, the current view and what features add around it (app/features.ts). */
export function App() {
  const { theme } = useAppearance()
  const { t } = useTranslation()
  const { retry } = useDatasetBootstrap()
  usePrefetchViews()
  useDesktopIntegration()
  // The shell follows the view; the view's parameters (the search typed, say) reach it alone.
  const shown = useRouteSelection((r) => ({ view: r.view, pathKey: r.pathKey }), sameView)
  const status = useDataStatus((s) => s.status)
  const meta = useDatasetMeta()
  const [collapsed, setCollapsed] = useState(false)
  const toggleSidebar = useCallback(() => setCollapsed((c) => !c), [])
  const blocked = status.state === 'failed' && meta === null
  // A crashed view offers the way home: the view an empty address opens.
  const home = registeredViews().find((v) => v.isDefault)
  const homeHref = home ? hrefTo(home) : '#/'
  useEffect(markFirstRender, [])

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Box sx={{ display: 'flex', height: '100vh', overflow: 'hidden' }}>
        <Sidebar view={shown.view} collapsed={collapsed} onToggle={toggleSidebar} />
        <Box sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
          <TopBar />
          <Box component="main" sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', overflow: 'auto' }}>
            {blocked && status.state === 'failed' ? <StartupError error={status.error} onRetry={retry} /> : (
              <ErrorBoundary resetKey={shown.pathKey} back={{ label: t('crash.home'), href: homeHref }}>
                <Suspense fallback={<div className="view-loading" aria-hidden="true" />}>
                  <RouteView key={shown.pathKey} />
                </Suspense>
              </ErrorBoundary>
            )}
          </Box>
          {!blocked && <ShellSlot slot="bottom" />}
        </Box>
      </Box>
      <ShellSlot slot="background" />
      <NoticeSnackbar />
    </ThemeProvider>
  )
}

const sameView = (a: { view: unknown; pathKey: string }, b: { view: unknown; pathKey: string }) => a.view === b.view && a.pathKey === b.pathKey

/** The view the address points at, with its parameters: re-rendered on every change of the address. */
function RouteView() {
  const { view, params } = useRoute()
  const { Component } = view
  return <Component params={params} />
}
