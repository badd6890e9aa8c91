import { useEffect } from 'react'
import { registeredViews } from '../registry/registry'
import { afterFirstContent } from '../store/first-content'

/**
 * Loads every view's code once the first view has shown its data and the browser is idle, so
 * opening another view later shows no loading step. Views that say `idlePrefetch: false` wait to be asked.
 */
export function usePrefetchViews(): void {
  useEffect(() => {
    const prefetch = () => {
      for (const view of registeredViews()) if (view.idlePrefetch !== false) void view.prefetch().catch(() => undefined)
    }
    let cancelled = false
    let cancelIdle = () => {}
    void afterFirstContent().then(() => {
      if (cancelled) return
      if ('requestIdleCallback' in window) {
        const id = window.requestIdleCallback(prefetch, { timeout: 3000 })
        cancelIdle = () => window.cancelIdleCallback(id)
      } else {
        const id = setTimeout(prefetch, 1500)
        cancelIdle = () => clearTimeout(id)
      }
    })
    return () => {
      cancelled = true
      cancelIdle()
    }
  }, [])
}
