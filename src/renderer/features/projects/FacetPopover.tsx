import { memo, useCallback, useContext, useMemo, useState } from 'react'
import Box from '@mui/material/Box'
import Popover from '@mui/material/Popover'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useTranslation } from 'react-i18next'
import { normalizeForSearch, type Facet } from '../../../shared/projects/filter'
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

/** A facet's open list: checkboxes with counts, and a filter field for long lists. Loaded when first opened. */
export default function FacetPopover({ popoverId, anchor, facet, title, selected, onToggle, labelOf, onClose }: FacetPopoverProps) {
  const { t } = useTranslation()
  const options = useContext(FacetOptionsContext)?.[facet] ?? []
  const [needle, setNeedle] = useState('')
  const toggle = useCallback((value: string) => onToggle(facet, value), [onToggle, facet])
  const shown = useMemo(() => {
    const n = normalizeForSearch(needle.trim())
    // The label (translated) or the value itself: a Russian reader may type either form.
    return n ? options.filter((o) => normalizeForSearch(`${labelOf(facet, o.value)}\n${o.value}`).includes(n)) : options
  }, [options, needle, labelOf, facet])

  return (
    <Popover
      id={popoverId}
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      slotProps={{ paper: { role: 'dialog', 'aria-label': title, sx: { width: 300, maxHeight: 440, display: 'flex', flexDirection: 'column' } } as object }}
    >
      {options.length > 8 && (
        <Box sx={{ p: 1, pb: 0.5 }}>
          <TextField
            size="small"
            fullWidth
            autoFocus
            value={needle}
            onChange={(e) => setNeedle(e.target.value)}
            placeholder={t('facets.filterValues', { facet: title })}
            slotProps={{ htmlInput: { 'aria-label': t('facets.filterValues', { facet: title }) } }}
          />
        </Box>
      )}
      <Box role="group" aria-label={title} sx={{ overflow: 'auto', px: 1.5, py: 0.5 }}>
        {shown.length === 0 && <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>{t('facets.noValues')}</Typography>}
        {shown.map((option) => (
          <FacetOptionRow key={option.value} value={option.value} label={labelOf(facet, option.value)} count={option.count} checked={selected.includes(option.value)} onToggle={toggle} />
        ))}
      </Box>
    </Popover>
  )
}

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
