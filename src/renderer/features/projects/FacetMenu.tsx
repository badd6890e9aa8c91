import { createContext, lazy, memo, Suspense, useId, useState } from 'react'
import { FilterButton } from '../../components/FilterButton'
import type { Facet, FacetOption } from '../../../shared/projects/filter'

/**
 * Every facet's options with their counts, for the open facet list. Through context, not props:
 * counts change on every keystroke, and only an open list needs them, not the buttons.
 */
export const FacetOptionsContext = createContext<Readonly<Record<Facet, FacetOption[]>> | undefined>(undefined)

// The list's code (popover, checkboxes, filter field) loads when a facet is first hovered or opened.
const loadPopover = () => import('./FacetPopover')
const FacetPopover = lazy(loadPopover)
const prefetchPopover = () => { void loadPopover() }

interface FacetMenuProps {
  facet: Facet
  /** The facet's name, in the UI language. */
  title: string
  selected: readonly string[]
  onToggle: (facet: Facet, value: string) => void
  /** Display text for a value (maturity values are translated). */
  labelOf: (facet: Facet, value: string) => string
}

/** A facet button opening a checkbox list with counts; long lists get a filter field. */
export const FacetMenu = memo(function FacetMenu({ facet, title, selected, onToggle, labelOf }: FacetMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const popoverId = useId()
  return (
    <>
      <FilterButton
        title={title}
        active={selected.length}
        expanded={anchor !== null}
        controls={anchor ? popoverId : undefined}
        onOpen={setAnchor}
        onIntent={prefetchPopover}
      />
      {anchor && (
        <Suspense fallback={null}>
          <FacetPopover popoverId={popoverId} anchor={anchor} facet={facet} title={title} selected={selected} onToggle={onToggle} labelOf={labelOf} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  )
})
