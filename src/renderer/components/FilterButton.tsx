/** Material Icons' arrow_drop_down, as @mui/icons-material draws it. */
const DROP_DOWN = 'M7 10l5 5 5-5z'

interface FilterButtonProps {
  title: string
  /** How many of its filters are set: the button fills, and says how many ("Tags · 2"). */
  active: number
  /** Whether its dialog is open, and the dialog's id while it is. */
  expanded: boolean
  controls?: string
  onOpen: (anchor: HTMLElement) => void
  /** Hovered or focused: the time to fetch a dialog's code loaded on demand. */
  onIntent?: () => void
}

/**
 * The filter bar's dropdown button, opening a dialog of choices. A plain element styled once by the
 * theme (`.filter-button`, theme.ts): the bar holds a dozen, drawn with the first rows.
 */
export function FilterButton({ title, active, expanded, controls, onOpen, onIntent }: FilterButtonProps) {
  return (
    <button
      type="button"
      className="filter-button"
      data-active={active > 0}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={(e) => onOpen(e.currentTarget)}
      onMouseEnter={onIntent}
      onFocus={onIntent}
    >
      {title}{active ? ` · ${active}` : ''}
      <svg className="filter-button-arrow" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d={DROP_DOWN} /></svg>
    </button>
  )
}
