import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { ErrorBoundary } from './components/ErrorBoundary'
import './i18n'
import './app/features'
import './theme/print.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* Last resort: whatever fails outside the views' own boundaries still shows a message. */}
    <ErrorBoundary back={{ label: 'Reload', onClick: () => window.location.reload() }}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
)
