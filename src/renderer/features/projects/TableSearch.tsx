import { useEffect, useRef, useState } from 'react'
import Box from '@mui/material/Box'
import IconButton from '@mui/material/IconButton'
import InputBase from '@mui/material/InputBase'
import SearchIcon from '@mui/icons-material/Search'
import CloseIcon from '@mui/icons-material/Close'
import { alpha } from '@mui/material/styles'
import { useTranslation } from '../../i18n/useTranslation'
import { changeProjectsView } from './view-state'

/**
 * The table's own search field: ranked, forgiving search over names, tags, categories, summaries,
 * highlights and the user's notes and tags. The address holds the query (`q=`), one history entry
 * for a run of keystrokes. Each key renders the field and the rows together, in one render (a
 * transition would paint the field first and the rows a frame or more later). Changes from
 * elsewhere (the palette, Back, Clear filters) come back in.
 */
export function TableSearch({ query }: { query: string }) {
  const { t } = useTranslation()
  const [text, setText] = useState(query)
  const pushed = useRef(query)
  useEffect(() => {
    if (query !== pushed.current) {
      pushed.current = query
      setText(query)
    }
  }, [query])
  const change = (value: string) => {
    setText(value)
    pushed.current = value
    changeProjectsView((v) => ({ ...v, filters: { ...v.filters, query: value } }), 'replace')
  }
  return (
    <Box
      role="search"
      sx={(theme) => ({
        display: 'flex', alignItems: 'center', gap: 0.75, px: 1, height: 32, width: 'min(300px, 32vw)', borderRadius: 1,
        border: 1, borderColor: 'divider', bgcolor: alpha(theme.palette.text.primary, theme.palette.mode === 'dark' ? 0.06 : 0.02),
        '&:focus-within': { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: -1 },
      })}
    >
      <SearchIcon fontSize="small" sx={{ color: 'text.secondary' }} aria-hidden="true" />
      <InputBase
        value={text}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Escape' && text) { e.preventDefault(); change('') } }}
        placeholder={t('search.placeholder')}
        inputProps={{ 'aria-label': t('search.label'), type: 'search', maxLength: 200 }}
        // The browser's own clear button would double ours.
        sx={{ flex: 1, fontSize: 13.5, '& input::-webkit-search-cancel-button': { display: 'none' } }}
      />
      {text && <IconButton size="small" aria-label={t('search.clear')} onClick={() => change('')}><CloseIcon fontSize="small" /></IconButton>}
    </Box>
  )
}
