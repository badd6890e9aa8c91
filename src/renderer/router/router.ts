import { useSyncExternalStore } from 'react'
import { parseHash, routeHref, type Route } from './routes'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentHash = () => window.location.hash

/** The current route, re-rendering on hash changes (back/forward included). */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, currentHash)
  return parseHash(hash)
}

export function navigate(route: Route): void {
  const href = routeHref(route)
  if (window.location.hash !== href) window.location.hash = href
}
