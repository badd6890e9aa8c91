import { useId, useState, type ReactNode } from 'react'
import type { SxProps, Theme } from '@mui/material/styles'
import { FilterButton } from './FilterButton'
import { LazyPopover } from './lazy-overlays'

/**
 * A filter bar button that opens a small dialog of controls (dates, the user's fields): filled
 * while `active` filters are set, with their count ("Dates · 2"); the dialog is named by the title.
 * `onIntent` runs when the button is hovered or focused: the time to fetch a dialog loaded on demand.
 */
export function FilterDialogButton({ title, active, paperSx, onIntent, children }: { title: string; active: number; paperSx?: SxProps<Theme>; onIntent?: () => void; children: ReactNode }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const popoverId = useId()
  return (
    <>
      <FilterButton title={title} active={active} expanded={anchor !== null} controls={anchor ? popoverId : undefined} onOpen={setAnchor} onIntent={onIntent} />
      <LazyPopover
        id={popoverId}
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': title, sx: [{ p: 1.5 }, ...(Array.isArray(paperSx) ? paperSx : [paperSx])] } as object }}
      >
        {children}
      </LazyPopover>
    </>
  )
}
