import { useEffect } from 'react'
import { registeredViews } from '../registry/registry'

/**
 * Loads every view's code once the first one has painted and the browser is idle, so opening
 * another view later shows no loading step. Views that say `idlePrefetch: false` wait to be asked.
 */
export function usePrefetchViews(): void {
  useEffect(() => {
    const prefetch = () => {
      for (const view of registeredViews()) if (view.idlePrefetch !== false) void view.prefetch().catch(() => undefined)
    }
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(prefetch, { timeout: 3000 })
      return () => window.cancelIdleCallback(id)
    }
    const id = setTimeout(prefetch, 1500)
    return () => clearTimeout(id)
  }, [])
}
