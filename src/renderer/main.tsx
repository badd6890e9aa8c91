import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ErrorBoundary } from './components/ErrorBoundary'
import './i18n'
import './app/features'
import './theme/print.css'
import { registeredViews } from './registry/registry'
import { matchRoute } from './registry/view'
import { startDatasetBootstrap } from './app/useDatasetBootstrap'

/**
 * How long the first render waits for the first view's code and data: a usual catalogue is in by
 * then; a huge one (or a slow disk) shows the frame first, and the view its loading line.
 */
const FIRST_RENDER_WAIT_MS = 250

// The first view's code and data start loading now, and the first render waits for them (briefly):
// the shell and a filled view then render as one, rather than the shell around a loading line,
// drawn again for each piece that arrives.
const firstView = matchRoute(registeredViews(), window.location.hash)?.view
const firstData = firstView?.preload?.()
// On a first launch (nothing cached) the dataset is read and stored meanwhile, too.
void startDatasetBootstrap()
void Promise.race([
  Promise.all([firstView?.prefetch().catch(() => undefined), firstData]),
  new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
]).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {/* Last resort: whatever fails outside the views' own boundaries still shows a message. */}
      <ErrorBoundary back={{ label: 'Reload', onClick: () => window.location.reload() }}>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  )
})
