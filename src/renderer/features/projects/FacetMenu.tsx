import { useId, useMemo, useState } from 'react'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Checkbox from '@mui/material/Checkbox'
import FormControlLabel from '@mui/material/FormControlLabel'
import Popover from '@mui/material/Popover'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown'
import { useTranslation } from 'react-i18next'
import type { FacetOption } from '../../../shared/projects/filter'
import { normalizeForSearch } from '../../../shared/projects/filter'

interface FacetMenuProps {
  /** The facet's name, in the UI language. */
  title: string
  options: FacetOption[]
  selected: readonly string[]
  onToggle: (value: string) => void
  /** Display text for a value (maturity values are translated). */
  labelOf: (value: string) => string
}

/** A facet button opening a checkbox list with counts; long lists get a filter field. */
export function FacetMenu({ title, options, selected, onToggle, labelOf }: FacetMenuProps) {
  const { t } = useTranslation()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const [needle, setNeedle] = useState('')
  const popoverId = useId()
  const shown = useMemo(() => {
    const n = normalizeForSearch(needle.trim())
    // The label (translated) or the value itself: a Russian reader may type either form.
    return n ? options.filter((o) => normalizeForSearch(`${labelOf(o.value)}\n${o.value}`).includes(n)) : options
  }, [options, needle, labelOf])

  return (
    <>
      <Button
        size="small"
        variant={selected.length ? 'contained' : 'outlined'}
        color={selected.length ? 'primary' : 'inherit'}
        endIcon={<ArrowDropDownIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? popoverId : undefined}
        sx={{ borderColor: 'divider' }}
      >
        {title}{selected.length ? ` · ${selected.length}` : ''}
      </Button>
      <Popover
        id={popoverId}
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => { setAnchor(null); setNeedle('') }}
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
            <FormControlLabel
              key={option.value}
              sx={{ display: 'flex', mr: 0, '& .MuiFormControlLabel-label': { flex: 1, display: 'flex', fontSize: 13 } }}
              control={<Checkbox size="small" checked={selected.includes(option.value)} onChange={() => onToggle(option.value)} />}
              label={
                <>
                  <Box component="span" sx={{ flex: 1, opacity: option.count === 0 ? 0.55 : 1 }}>{labelOf(option.value)}</Box>
                  <Box component="span" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums', ml: 1 }}>{option.count}</Box>
                </>
              }
            />
          ))}
        </Box>
      </Popover>
    </>
  )
}
