import { createElement, use, type ComponentType } from 'react'
import type { SvgIconComponent } from '@mui/icons-material'

/** What a view's component receives: the parameters read from its address. */
/** A view whose address carries nothing. */
export type NoParams = Record<string, never>

export interface ViewProps<P> {
  params: P
}

/**
 * How a view with more than path parameters (a query, typed values) reads and writes its address.
 * `parse` must not throw: bad or unknown values are dropped, the way a forgiving link reader does.
 */
export interface ParamsCodec<P> {
  parse: (path: Readonly<Record<string, string>>, query: URLSearchParams) => P
  serialize: (params: P) => { path?: Record<string, string>; query?: URLSearchParams }
}

export interface SidebarEntry {
  /** i18n key of the label. */
  label: string
  icon: SvgIconComponent
  /** Position in the sidebar, lowest first (10, 20, ... leaves room between). */
  order: number
  /**
   * Entries listed under this one, made from the user's data (saved views under Projects). A
   * hook: the sidebar calls it while rendering, so it may read the database and the address.
   */
  useChildren?: () => readonly SidebarChild[]
}

/** An entry under a view's sidebar entry. */
export interface SidebarChild {
  key: string
  /** Shown as it is (the user's own words, not an i18n key). */
  label: string
  href: string
  /** True when the view shows what this entry opens. */
  selected: boolean
  /** Runs when the entry is chosen, besides going to `href`. */
  onSelect?: () => void
}

export interface ViewDeclaration<P> {
  id: string
  /** The hash path, with `:name` for a parameter: '/projects/:id' answers '#/projects/etcd'. */
  path: string
  params?: ParamsCodec<P>
  sidebar?: SidebarEntry
  /** The sidebar entry lit while this view is open, for views without one (a detail page lights its list). */
  parent?: string
  /** Shown for an empty or unknown address. Exactly one view says so. */
  isDefault?: boolean
  /**
   * False for a view whose code is large and not needed by most visits (charts): it is not
   * prefetched when the browser is idle, only when its link is hovered or focused, or opened.
   */
  idlePrefetch?: boolean
  load: () => Promise<{ default: ComponentType<ViewProps<P>> }>
  /**
   * Starts reading the data the view opens with, when the app starts on it: the read runs beside
   * the code's loading instead of after the view's first render. Settles when the data is in.
   */
  preload?: () => Promise<unknown>
}

type Segment = { literal: string } | { param: string }

export interface View<P = unknown> extends ViewDeclaration<P> {
  segments: readonly Segment[]
  /** The view: suspends while its code loads, renders at once when it is in (no fallback flash). */
  Component: ComponentType<ViewProps<P>>
  /** Loads the view's code ahead of time (idle prefetch, hover). */
  prefetch: () => Promise<void>
}

/**
 * A view of any parameter type. Each view is typed at its declaration and where it is linked to
 * (hrefTo); the shell only passes a view's own parsed parameters back to its own component.
 */
export type AnyView = View<any>

export function splitPath(path: string): Segment[] {
  return path.split('/').filter(Boolean).map((part) => (part.startsWith(':') ? { param: part.slice(1) } : { literal: part }))
}

/**
 * A view, declared once in its feature folder: its address, its sidebar entry and its lazily
 * loaded component. The shell composes the declarations (see app/features.ts).
 */
export function defineView(declaration: ViewDeclaration<NoParams>): View<NoParams>
/** A view with parameters: name their type (`defineView<{ id: string }>`). */
export function defineView<P>(declaration: ViewDeclaration<P>): View<P>
export function defineView<P>(declaration: ViewDeclaration<P>): View<P> {
  let loading: Promise<{ default: ComponentType<ViewProps<P>> }> | undefined
  let loaded: ComponentType<ViewProps<P>> | undefined
  const load = () => (loading ??= declaration.load().then((module) => {
    loaded = module.default
    return module
  }, (error: unknown) => {
    // A failed chunk load may succeed later (the file was being replaced): let the next try load again.
    loading = undefined
    throw error
  }))
  // Unlike React.lazy, which suspends once even for code already in, a view prefetched (the first
  // one, at start-up) renders in the same pass as the shell.
  function ViewComponent(props: ViewProps<P>) {
    return createElement(loaded ?? use(load()).default, props)
  }
  ViewComponent.displayName = `View(${declaration.id})`
  return {
    ...declaration,
    load,
    segments: splitPath(declaration.path),
    Component: ViewComponent,
    prefetch: () => load().then(() => undefined),
  }
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    return part
  }
}

/** The address of a view with the given parameters, as a hash ("#/projects/etcd"). */
export function hrefTo<P>(view: View<P>, ...[params]: P extends NoParams ? [params?: P] : [params: P]): string {
  const encoded = view.params && params !== undefined ? view.params.serialize(params) : { path: params as Record<string, string> | undefined }
  const path = view.segments.map((s) => ('literal' in s ? s.literal : encodeURIComponent(encoded.path?.[s.param] ?? ''))).join('/')
  // Commas stay readable in shared links (#/compare?ids=a,b): they need no escaping in a query.
  const query = encoded.query?.toString().replaceAll('%2C', ',')
  return `#/${path}${query ? `?${query}` : ''}`
}

export interface RouteMatch {
  view: AnyView
  params: unknown
  /** The path part of the address, without the query: one view instance per path. */
  pathKey: string
}

/** Finds the view that answers a hash; unknown addresses get the default view. */
export function matchRoute(views: readonly AnyView[], hash: string): RouteMatch | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  const queryAt = raw.indexOf('?')
  const pathPart = queryAt < 0 ? raw : raw.slice(0, queryAt)
  const query = new URLSearchParams(queryAt < 0 ? '' : raw.slice(queryAt + 1))
  const parts = pathPart.split('/').filter(Boolean).map(decode)
  for (const view of views) {
    if (view.segments.length !== parts.length) continue
    const path: Record<string, string> = {}
    const fits = view.segments.every((segment, i) => {
      if ('literal' in segment) return segment.literal === parts[i]
      path[segment.param] = parts[i]
      return true
    })
    if (fits) return { view, params: readParams(view, path, query), pathKey: `${view.id}:${parts.join('/')}` }
  }
  const fallback = views.find((v) => v.isDefault)
  return fallback && { view: fallback, params: readParams(fallback, {}, new URLSearchParams()), pathKey: fallback.id }
}

function readParams(view: AnyView, path: Record<string, string>, query: URLSearchParams): unknown {
  if (!view.params) return path
  try {
    return view.params.parse(path, query)
  } catch {
    // A codec that throws on odd input still gets the view shown, with its defaults.
    return view.params.parse({}, new URLSearchParams())
  }
}
