/** The app's places, addressed by the URL hash so file:// and static hosting both work. */
export type Route =
  | { view: 'projects' }
  | { view: 'project'; id: string }
  | { view: 'compare'; ids?: string[] }
  | { view: 'bookmarks' }
  | { view: 'notes' }
  | { view: 'whats-new' }
  | { view: 'settings' }

export type TopLevelView = Exclude<Route['view'], 'project'>

const TOP_LEVEL: readonly TopLevelView[] = ['projects', 'compare', 'bookmarks', 'notes', 'whats-new', 'settings']

export function parseHash(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?')
  const [first, second] = path.split('/').map((part) => {
    try {
      return decodeURIComponent(part)
    } catch {
      return part
    }
  })
  if (first === 'projects' && second) return { view: 'project', id: second }
  if (first === 'compare') {
    // #/compare?ids=a,b,c opens a comparison from a shared link.
    const ids = new URLSearchParams(query).get('ids')?.split(',').map((id) => id.trim()).filter(Boolean)
    return ids?.length ? { view: 'compare', ids } : { view: 'compare' }
  }
  if ((TOP_LEVEL as readonly string[]).includes(first)) return { view: first as TopLevelView }
  return { view: 'projects' }
}

export function routeHref(route: Route): string {
  if (route.view === 'project') return `#/projects/${encodeURIComponent(route.id)}`
  if (route.view === 'compare' && route.ids?.length) return `#/compare?ids=${route.ids.map(encodeURIComponent).join(',')}`
  return `#/${route.view}`
}
