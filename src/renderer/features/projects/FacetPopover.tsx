import { memo, useCallback, useContext, useMemo, useState } from 'react'
import Box from '@mui/material/Box'
import Popover from '@mui/material/Popover'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import { inOpenedOrder, normalizeForSearch, openedOrder, type Facet } from '../../../shared/projects/filter'
import { FacetOptionsContext } from './FacetMenu'

export interface FacetPopoverProps {
  popoverId: string
  anchor: HTMLElement
  facet: Facet
  title: string
  selected: readonly string[]
  onToggle: (facet: Facet, value: string) => void
  labelOf: (facet: Facet, value: string) => string
  onClose: () => void
}

/**
 * A facet's open list: checkboxes with counts, and a filter field for long lists. Loaded when first
 * opened. The popover itself does not read the counts (FacetOptionList does): it would otherwise
 * render again, and measure the page to place itself, on every keystroke of the table's search.
 */
export default function FacetPopover({ popoverId, anchor, onClose, ...list }: FacetPopoverProps) {
  return (
    <Popover id={popoverId} open anchorEl={anchor} onClose={onClose} anchorOrigin={ANCHOR_ORIGIN} slotProps={paperSlot(list.title)}>
      <FacetOptionList {...list} />
    </Popover>
  )
}

const ANCHOR_ORIGIN = { vertical: 'bottom', horizontal: 'left' } as const
const paperSlot = (title: string) => ({ paper: { role: 'dialog', 'aria-label': title, sx: { width: 300, maxHeight: 440, display: 'flex', flexDirection: 'column' } } as object })

/** The values with their counts, which change with each keystroke of the search, in the order the list opened with. */
function FacetOptionList({ facet, title, selected, onToggle, labelOf }: Omit<FacetPopoverProps, 'popoverId' | 'anchor' | 'onClose'>) {
  const { t } = useTranslation()
  const current = useContext(FacetOptionsContext)?.[facet]
  const [needle, setNeedle] = useState('')
  // Settled when the list opens: the rows keep their places, and the field stays (or never comes).
  const [opened] = useState(() => openedOrder(current ?? []))
  const options = useMemo(() => inOpenedOrder(current ?? [], opened), [current, opened])
  const toggle = useCallback((value: string) => onToggle(facet, value), [onToggle, facet])
  const shown = useMemo(() => {
    const n = normalizeForSearch(needle.trim())
    // The label (translated) or the value itself: a Russian reader may type either form.
    return n ? options.filter((o) => normalizeForSearch(`${labelOf(facet, o.value)}\n${o.value}`).includes(n)) : options
  }, [options, needle, labelOf, facet])
  return (
    <>
      {opened.size > 8 && <FacetFilterField title={title} value={needle} onChange={setNeedle} />}
      <Box role="group" aria-label={title} sx={{ overflow: 'auto', px: 1.5, py: 0.5 }}>
        {shown.length === 0 && <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>{t('facets.noValues')}</Typography>}
        {shown.map((option) => (
          <FacetOptionRow key={option.value} value={option.value} label={labelOf(facet, option.value)} count={option.count} checked={selected.includes(option.value)} onToggle={toggle} />
        ))}
      </Box>
    </>
  )
}

/** The filter field of a long list; memoised, as the counts below it change with each keystroke of the search. */
const FacetFilterField = memo(function FacetFilterField({ title, value, onChange }: { title: string; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation()
  return (
    <Box sx={{ p: 1, pb: 0.5 }}>
      <TextField
        size="small"
        fullWidth
        autoFocus
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={t('facets.filterValues', { facet: title })}
        slotProps={{ htmlInput: { 'aria-label': t('facets.filterValues', { facet: title }) } }}
      />
    </Box>
  )
})

/**
 * One value: a native checkbox with its label and count. The list stays open while counts change
 * on every keystroke, so rows are plain elements, styled once by the theme, and memoised.
 */
const FacetOptionRow = memo(function FacetOptionRow({ value, label, count, checked, onToggle }: {
  value: string
  label: string
  count: number
  checked: boolean
  onToggle: (value: string) => void
}) {
  return (
    <label className="facet-option">
      <input type="checkbox" className="cell-check" checked={checked} onChange={() => onToggle(value)} />
      <span style={{ flex: 1, opacity: count === 0 ? 0.55 : 1 }}>{label}</span>
      <span className="facet-count">{count}</span>
    </label>
  )
})
