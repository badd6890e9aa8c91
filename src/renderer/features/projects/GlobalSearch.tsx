import { useEffect, useRef } from 'react'
import Box from '@mui/material/Box'
import InputBase from '@mui/material/InputBase'
import IconButton from '@mui/material/IconButton'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import SearchIcon from '@mui/icons-material/Search'
import CloseIcon from '@mui/icons-material/Close'
import { alpha } from '@mui/material/styles'
import { useTranslation } from 'react-i18next'
import { useRoute } from '../../router/router'
import { changeProjectsView, useLastView } from './view-state'
import { projectsView, type ProjectsViewParams } from './views'

/** The top bar's search: it drives the Projects table from any view (`/` or Ctrl+K focuses it). */
export function GlobalSearch() {
  const { t } = useTranslation()
  const route = useRoute()
  const last = useLastView()
  // On Projects the address holds the search; elsewhere, the search of the view last seen.
  const shown = route.view === projectsView ? (route.params as ProjectsViewParams).view : undefined
  const query = (shown ?? last).filters.query
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement
      const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
      if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
        event.preventDefault()
        inputRef.current?.focus()
        inputRef.current?.select()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // Keystrokes replace the address's entry (one Back undoes the search); from another view, the first one opens Projects.
  const onChange = (value: string) => changeProjectsView((v) => ({ ...v, filters: { ...v.filters, query: value } }), 'replace')

  return (
    <Box
      role="search"
      sx={(theme) => ({
        display: 'flex', alignItems: 'center', gap: 1, px: 1.25, height: 34, width: 'min(520px, 50vw)', borderRadius: 1,
        bgcolor: alpha(theme.palette.text.primary, theme.palette.mode === 'dark' ? 0.08 : 0.05),
        '&:focus-within': { outline: `2px solid ${theme.palette.primary.main}` },
      })}
    >
      <SearchIcon fontSize="small" sx={{ color: 'text.secondary' }} aria-hidden="true" />
      <InputBase
        inputRef={inputRef}
        value={query}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Escape' && query) { e.preventDefault(); onChange('') } }}
        placeholder={t('search.placeholder')}
        inputProps={{ 'aria-label': t('search.label'), type: 'search', 'aria-keyshortcuts': 'Control+K /' }}
        sx={{ flex: 1, fontSize: 13.5 }}
      />
      {query ? (
        <IconButton size="small" aria-label={t('search.clear')} onClick={() => onChange('')}><CloseIcon fontSize="small" /></IconButton>
      ) : (
        <Tooltip title={t('search.shortcut')}><Typography component="kbd" variant="caption" sx={{ color: 'text.secondary', border: 1, borderColor: 'divider', borderRadius: 0.5, px: 0.6 }}>/</Typography></Tooltip>
      )}
    </Box>
  )
}
