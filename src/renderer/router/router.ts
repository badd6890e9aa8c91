import { useMemo, useSyncExternalStore } from 'react'
import { matchRoute, type RouteMatch } from '../registry/view'
import { registeredViews } from '../registry/registry'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentHash = () => window.location.hash

/** The current hash, re-rendering on changes (back/forward included). */
export function useHash(): string {
  return useSyncExternalStore(subscribe, currentHash, currentHash)
}

/** The view the address points at, with its parameters; unknown addresses get the default view. */
export function useRoute(): RouteMatch {
  const hash = useHash()
  return useMemo(() => {
    const match = matchRoute(registeredViews(), hash)
    if (!match) throw new Error('no views are registered: import app/features before rendering the shell')
    return match
  }, [hash])
}

/** Goes to an address made by hrefTo (a new history entry, so Back returns). */
export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href
}
