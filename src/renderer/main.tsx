import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ErrorBoundary } from './components/ErrorBoundary'
import './i18n'
import './app/features'
import './theme/print.css'
import { registeredViews } from './registry/registry'
import { matchRoute } from './registry/view'

// The first view's code starts loading now, beside React's first render, not after it.
void matchRoute(registeredViews(), window.location.hash)?.view.prefetch().catch(() => undefined)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* Last resort: whatever fails outside the views' own boundaries still shows a message. */}
    <ErrorBoundary back={{ label: 'Reload', onClick: () => window.location.reload() }}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
)
