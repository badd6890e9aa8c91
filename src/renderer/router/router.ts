import { useEffect, useRef, useState } from 'react'
import { matchRoute, type AnyView, type RouteMatch } from '../registry/view'
import { registeredViews } from '../registry/registry'

// Every reader of the address, told of each change together: changes made through
// history.pushState/replaceState fire no event, and the browser's (Back, a typed address) reach
// them through one window listener. One listener each would let React render between them
// (a microtask runs after every listener), showing a view whose address and parameters disagree.
const listeners = new Set<() => void>()
let listening = false

function tellAll(): void {
  for (const listener of listeners) listener()
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  if (!listening) {
    window.addEventListener('hashchange', tellAll)
    window.addEventListener('popstate', tellAll)
    listening = true
  }
  return () => { listeners.delete(onChange) }
}

const currentHash = () => window.location.hash

/**
 * The current hash, re-rendering on changes (back/forward included). Held in state rather than
 * read through useSyncExternalStore, whose updates are always synchronous: an address changed
 * inside a transition re-renders the views in that transition.
 */
export function useHash(): string {
  return useAddress(currentHash)
}

/** The address read through `read` on every change; re-renders only when what it gives changes. */
function useAddress<T>(read: () => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const [value, setValue] = useState(read)
  const latest = useRef({ read, equal })
  latest.current = { read, equal }
  useEffect(() => {
    const update = () => setValue((previous) => {
      const next = latest.current.read()
      return latest.current.equal(previous, next) ? previous : next
    })
    const unsubscribe = subscribe(update)
    // The address may have changed between the render and the subscription.
    update()
    return unsubscribe
  }, [])
  return value
}

// The last address matched: every reader told of a change shares one parse of it.
let matched: { hash: string; views: readonly AnyView[]; match: RouteMatch } | undefined

function currentRoute(): RouteMatch {
  const hash = currentHash()
  const views = registeredViews()
  if (matched?.hash !== hash || matched.views !== views) {
    const match = matchRoute(views, hash)
    if (!match) throw new Error('no views are registered: import app/features before rendering the shell')
    matched = { hash, views, match }
  }
  return matched.match
}

/** The view the address points at, with its parameters; unknown addresses get the default view. */
export function useRoute(): RouteMatch {
  return useAddress(currentRoute)
}

/**
 * What `select` reads of the route, re-rendering only when that changes (by `equal`): the shell
 * follows the view, not the search typed into its address on every keystroke.
 */
export function useRouteSelection<T>(select: (route: RouteMatch) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  return useAddress(() => select(currentRoute()), equal)
}

/**
 * Sets the address without waiting for the browser's hashchange: the views re-render in the same
 * event (or in the caller's transition), never a tick late.
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
  tellAll()
}

/** Goes to an address made by hrefTo (a new history entry, so Back returns). */
export function navigate(href: string): void {
  setHash(href, 'push')
}

/** Changes the address in place (no new history entry): typing, or spelling out what is shown. */
export function replaceRoute(href: string): void {
  setHash(href, 'replace')
}
