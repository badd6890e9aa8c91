import { useEffect } from 'react'
import { registeredViews } from '../registry/registry'
import { idleAfterFirstContent } from '../store/first-content'

/**
 * Loads every view's code once the first view has shown its data and the browser is idle, so
 * opening another view later shows no loading step. Views that say `idlePrefetch: false` wait to be asked.
 */
export function usePrefetchViews(): void {
  useEffect(() => idleAfterFirstContent(() => {
    for (const view of registeredViews()) if (view.idlePrefetch !== false) void view.prefetch().catch(() => undefined)
  }), [])
}
