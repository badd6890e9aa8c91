import { lazy, Suspense, useEffect, useState } from 'react'
import Box from '@mui/material/Box'
import ButtonBase from '@mui/material/ButtonBase'
import Typography from '@mui/material/Typography'
import SearchIcon from '@mui/icons-material/Search'
import { alpha } from '@mui/material/styles'
import { useTranslation } from '../../i18n/useTranslation'
import { usePaletteStore } from '../../store/palette-store'
import { idleAfterFirstContent } from '../../store/first-content'

// The palette's code (and the features' commands) loads when the browser is idle after the first
// view has shown its data, or on first use if that comes sooner: never before the first paint.
const loadPalette = () => import('./CommandPalette').then((m) => { void m.loadSources(); return m })
const CommandPalette = lazy(loadPalette)

/** True when a key press goes to a text field (so "/" types a slash there). */
function typingIn(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
}

/** The top bar's search-field look-alike: opens the command palette (click, `/` or Ctrl+K). */
export function PaletteTrigger() {
  const { t } = useTranslation()
  const open = usePaletteStore((s) => s.open)
  const setOpen = usePaletteStore((s) => s.setOpen)
  // Mounted from the first opening on, so closing and opening again is instant.
  const [used, setUsed] = useState(false)
  if (open && !used) setUsed(true)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingIn(event.target))) {
        event.preventDefault()
        setOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [setOpen])
  useEffect(() => idleAfterFirstContent(() => void loadPalette(), 5000), [])

  return (
    <>
      <ButtonBase
        onClick={() => setOpen(true)}
        onMouseEnter={() => void loadPalette()}
        onFocus={() => void loadPalette()}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K /"
        sx={(theme) => ({
          display: 'flex', alignItems: 'center', justifyContent: 'flex-start', gap: 1, px: 1.25, height: 34, width: 'min(520px, 50vw)', borderRadius: 1,
          color: 'text.secondary', bgcolor: alpha(theme.palette.text.primary, theme.palette.mode === 'dark' ? 0.08 : 0.05),
          '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}` },
        })}
      >
        <SearchIcon fontSize="small" aria-hidden="true" />
        <Box component="span" sx={{ flex: 1, textAlign: 'left', fontSize: 13.5 }}>{t('palette.open')}</Box>
        <Typography component="kbd" variant="caption" aria-hidden="true" sx={{ border: 1, borderColor: 'divider', borderRadius: 0.5, px: 0.6 }}>/</Typography>
        <Typography component="kbd" variant="caption" aria-hidden="true" sx={{ border: 1, borderColor: 'divider', borderRadius: 0.5, px: 0.6 }}>Ctrl K</Typography>
      </ButtonBase>
      {used && (
        <Suspense fallback={null}>
          <CommandPalette open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
