/** The app's places, addressed by the URL hash so file:// and static hosting both work. */
export type Route =
  | { view: 'projects' }
  | { view: 'project'; id: string }
  | { view: 'compare' }
  | { view: 'bookmarks' }
  | { view: 'notes' }
  | { view: 'whats-new' }
  | { view: 'settings' }

export type TopLevelView = Exclude<Route['view'], 'project'>

const TOP_LEVEL: readonly TopLevelView[] = ['projects', 'compare', 'bookmarks', 'notes', 'whats-new', 'settings']

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('?')[0]
  const [first, second] = path.split('/').map((part) => {
    try {
      return decodeURIComponent(part)
    } catch {
      return part
    }
  })
  if (first === 'projects' && second) return { view: 'project', id: second }
  if ((TOP_LEVEL as readonly string[]).includes(first)) return { view: first as TopLevelView }
  return { view: 'projects' }
}

export function routeHref(route: Route): string {
  return route.view === 'project' ? `#/projects/${encodeURIComponent(route.id)}` : `#/${route.view}`
}
