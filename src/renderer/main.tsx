import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ErrorBoundary } from './components/ErrorBoundary'
import { preferredLanguage, switchLanguage } from './i18n'
import './app/features'
import './theme/print.css'
import { registeredViews } from './registry/registry'
import { matchRoute } from './registry/view'
import { startDatasetBootstrap } from './app/useDatasetBootstrap'
import { firstViewReady } from './app/first-render'

/** How long the first render waits for the first view's code and data (app/first-render.ts). */
const FIRST_RENDER_WAIT_MS = 250

const firstView = matchRoute(registeredViews(), window.location.hash)?.view
// The UI language's strings (a chunk of their own, but English) come in with the view, within the same wait.
const ready = firstViewReady(firstView, FIRST_RENDER_WAIT_MS, [switchLanguage(preferredLanguage())])
// On a first launch (nothing cached) the dataset is read and stored meanwhile, too.
void startDatasetBootstrap()
void ready.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {/* Last resort: whatever fails outside the views' own boundaries still shows a message. */}
      <ErrorBoundary back={{ label: 'Reload', onClick: () => window.location.reload() }}>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  )
})
