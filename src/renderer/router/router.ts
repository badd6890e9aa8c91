import { useMemo, useSyncExternalStore } from 'react'
import { matchRoute, type RouteMatch } from '../registry/view'
import { registeredViews } from '../registry/registry'

// Changes made through history.pushState/replaceState fire no event: these listeners hear them.
const listeners = new Set<() => void>()

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  window.addEventListener('hashchange', onChange)
  window.addEventListener('popstate', onChange)
  return () => {
    listeners.delete(onChange)
    window.removeEventListener('hashchange', onChange)
    window.removeEventListener('popstate', onChange)
  }
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

/**
 * Sets the address without waiting for the browser's hashchange: the views re-render in the same
 * event, so a typed letter and the search box holding it stay in step.
 */
function setHash(href: string, mode: 'push' | 'replace'): void {
  if (window.location.hash === href) return
  try {
    if (mode === 'push') window.history.pushState(null, '', href)
    else window.history.replaceState(null, '', href)
  } catch {
    // A document that may not rewrite its history (an odd origin) still navigates, one tick later.
    if (mode === 'push') window.location.hash = href
    else window.location.replace(href)
    return
  }
  for (const listener of listeners) listener()
}

/** Goes to an address made by hrefTo (a new history entry, so Back returns). */
export function navigate(href: string): void {
  setHash(href, 'push')
}

/** Changes the address in place (no new history entry): typing, or spelling out what is shown. */
export function replaceRoute(href: string): void {
  setHash(href, 'replace')
}
