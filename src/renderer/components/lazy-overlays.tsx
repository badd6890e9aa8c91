import { lazy, Suspense, use, useEffect, useState, type ComponentType } from 'react'
import type { MenuProps } from '@mui/material/Menu'
import type { PopoverProps } from '@mui/material/Popover'
import type { TooltipProps } from '@mui/material/Tooltip'
import { afterFirstContent } from '../store/first-content'

// MUI's Menu and Popover (with Modal, its focus trap and transitions) are the code of an open
// overlay: a toolbar's closed menus need none of it. They load once the first rows are on screen,
// or when one first opens if that comes sooner.
const loadMenu = () => import('@mui/material/Menu')
const loadPopover = () => import('@mui/material/Popover')
const Menu = lazy(loadMenu)
const Popover = lazy(loadPopover)

/** True from the first time `open` is true: once shown, an overlay stays mounted so it closes with its transition. */
export function useOpenedOnce(open: boolean, load: () => Promise<unknown>): boolean {
  const [opened, setOpened] = useState(open)
  if (open && !opened) setOpened(true)
  // Loading early is a prefetch: where it fails, the overlay's own import says so when it is shown.
  useEffect(() => { void afterFirstContent().then(load).catch(() => undefined) }, [load])
  return opened
}

/** MUI's Menu, loaded on demand. */
export function LazyMenu(props: MenuProps) {
  return useOpenedOnce(props.open, loadMenu) ? <Suspense fallback={null}><Menu {...props} /></Suspense> : null
}

/** MUI's Popover, loaded on demand. */
export function LazyPopover(props: PopoverProps) {
  return useOpenedOnce(props.open, loadPopover) ? <Suspense fallback={null}><Popover {...props} /></Suspense> : null
}

// MUI's Tooltip brings Popper (the positioning engine, about 10 KB gzip) for what only shows on
// hover or focus, and in the first view only in a few states (a collapsed sidebar, a note's mark,
// the relevance chip), so it loads with the other overlays once the first rows are on screen.
let tooltip: ComponentType<TooltipProps> | undefined
let tooltipLoad: Promise<ComponentType<TooltipProps>> | undefined
/** Where the code cannot load (an offline web build after an update), anchors go without tooltips. */
const NoTooltip = ({ children }: TooltipProps) => children
const loadTooltip = () => (tooltipLoad ??= import('@mui/material/Tooltip').then((m) => m.default, () => NoTooltip).then((t) => (tooltip = t)))
void afterFirstContent().then(loadTooltip)

function LoadedTooltip(props: TooltipProps) {
  // Once the code is in, this renders at once (no suspending, so the anchor is never re-mounted).
  const Tooltip = tooltip ?? use(loadTooltip())
  return <Tooltip {...props} />
}

/** MUI's Tooltip, loaded on demand: until its code is in, the anchor shows without it. */
export function LazyTooltip(props: TooltipProps) {
  return <Suspense fallback={props.children}><LoadedTooltip {...props} /></Suspense>
}
