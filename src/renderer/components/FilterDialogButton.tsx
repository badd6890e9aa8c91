import { useId, useState, type ReactNode } from 'react'
import Button from '@mui/material/Button'
import type { SxProps, Theme } from '@mui/material/styles'
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown'
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
      <Button
        size="small"
        variant={active ? 'contained' : 'outlined'}
        color={active ? 'primary' : 'inherit'}
        endIcon={<ArrowDropDownIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        onMouseEnter={onIntent}
        onFocus={onIntent}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? popoverId : undefined}
        sx={{ borderColor: 'divider' }}
      >
        {title}{active ? ` · ${active}` : ''}
      </Button>
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
