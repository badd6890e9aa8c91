import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import Box from '@mui/material/Box'
import Dialog from '@mui/material/Dialog'
import InputBase from '@mui/material/InputBase'
import Typography from '@mui/material/Typography'
import SearchIcon from '@mui/icons-material/Search'
import ArticleIcon from '@mui/icons-material/ArticleOutlined'
import { alpha } from '@mui/material/styles'
import { useTranslation } from '../../i18n/useTranslation'
import { queryHighlighter } from '../../../shared/search/highlight'
import { HighlightedText } from '../../components/HighlightedText'
import type { CommandSource, PaletteCommand } from '../../registry/feature'
import { commandSources } from '../../registry/registry'
import { usePaletteItems, type PaletteGroup, type PaletteItem } from './usePaletteItems'

/** Loads every feature's command hooks once; the list is fixed from then on (hooks run in a fixed order). */
let loadedSources: Promise<readonly CommandSource[]> | undefined
export function loadSources(): Promise<readonly CommandSource[]> {
  loadedSources ??= Promise.all(commandSources().map((load) => load()))
  return loadedSources
}

function useCommands(sources: readonly CommandSource[]): PaletteCommand[] {
  // The sources never change once loaded, so the hooks run in the same order every render.
  const lists = sources.map((useSource) => useSource())
  return useMemo(() => lists.flat(), lists) // eslint-disable-line react-hooks/exhaustive-deps
}

/**
 * The command palette: one combobox and a grouped list of what it can do, all from the keyboard
 * (arrows to move, Enter to choose, Escape to close). Matches are highlighted.
 */
export default function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [sources, setSources] = useState<readonly CommandSource[] | undefined>()
  useEffect(() => { void loadSources().then(setSources) }, [])
  if (!sources) return null
  return <PaletteDialog open={open} onClose={onClose} sources={sources} />
}

function PaletteDialog({ open, onClose, sources }: { open: boolean; onClose: () => void; sources: readonly CommandSource[] }) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()
  const listRef = useRef<HTMLDivElement>(null)
  const commands = useCommands(sources)
  const items = usePaletteItems(query, commands)
  const mark = useMemo(() => queryHighlighter(query), [query])
  const current = Math.min(active, Math.max(0, items.length - 1))
  const optionId = (i: number) => `${listId}-option-${i}`

  useEffect(() => { if (open) { setQuery(''); setActive(0) } }, [open])
  useEffect(() => {
    listRef.current?.querySelector(`[id="${optionId(current)}"]`)?.scrollIntoView({ block: 'nearest' })
  }) // eslint-disable-line react-hooks/exhaustive-deps

  const choose = (item: PaletteItem | undefined) => {
    if (!item) return
    onClose()
    item.run()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: items.length - 1, PageDown: current + 5, PageUp: current - 5 }
    if (event.key in moves && items.length > 0) {
      event.preventDefault()
      setActive((moves[event.key] + items.length) % items.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(items[current])
    }
  }

  // Groups in the order their items come (best match first).
  const groups = [...new Set(items.map((item) => item.group))] as PaletteGroup[]
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { 'aria-label': t('palette.title'), sx: { alignSelf: 'flex-start', mt: 8 } } as object }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, height: 52, borderBottom: 1, borderColor: 'divider' }}>
        <SearchIcon sx={{ color: 'text.secondary' }} aria-hidden="true" />
        <InputBase
          autoFocus
          fullWidth
          value={query}
          onChange={(e) => { setQuery(e.target.value); setActive(0) }}
          onKeyDown={onKeyDown}
          placeholder={t('palette.placeholder')}
          inputProps={{
            role: 'combobox', 'aria-label': t('palette.label'), 'aria-expanded': true, 'aria-controls': listId,
            'aria-autocomplete': 'list', 'aria-activedescendant': items.length ? optionId(current) : undefined,
          }}
          sx={{ fontSize: 15 }}
        />
      </Box>
      <Box ref={listRef} id={listId} role="listbox" aria-label={t('palette.label')} sx={{ maxHeight: 420, overflow: 'auto', py: 0.5 }}>
        {items.length === 0 && <Typography color="text.secondary" sx={{ px: 2, py: 1.5 }}>{t('palette.nothing', { query: query.trim() })}</Typography>}
        {groups.map((group) => {
          const inGroup = items.filter((item) => item.group === group)
          if (inGroup.length === 0) return null
          const headingId = `${listId}-${group}`
          return (
            <Box key={group} role="group" aria-labelledby={headingId}>
              <Typography id={headingId} variant="caption" color="text.secondary" sx={{ display: 'block', px: 2, pt: 1, pb: 0.25, fontWeight: 600 }}>
                {t(`palette.groups.${group}`)}
              </Typography>
              {inGroup.map((item) => {
                const i = items.indexOf(item)
                const Icon = item.icon ?? (item.group === 'projects' ? ArticleIcon : SearchIcon)
                return (
                  <Box
                    key={item.id}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === current}
                    onMouseMove={() => { if (i !== current) setActive(i) }}
                    onClick={() => choose(item)}
                    sx={(theme) => ({
                      display: 'flex', alignItems: 'center', gap: 1.25, px: 2, py: 0.75, cursor: 'pointer', minHeight: 36,
                      bgcolor: i === current ? alpha(theme.palette.primary.main, theme.palette.mode === 'dark' ? 0.22 : 0.1) : undefined,
                    })}
                  >
                    <Icon fontSize="small" sx={{ color: 'text.secondary' }} aria-hidden="true" />
                    <Box sx={{ minWidth: 0, flex: 1 }}>
                      <Box sx={{ fontSize: 13.5, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                        {item.group === 'search' ? item.label : <HighlightedText text={item.label} ranges={mark(item.label)} />}
                      </Box>
                      {item.detail && (
                        <Box sx={{ fontSize: 12, color: 'text.secondary', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                          <HighlightedText text={item.detail} ranges={mark(item.detail)} excerpt />
                        </Box>
                      )}
                    </Box>
                  </Box>
                )
              })}
            </Box>
          )
        })}
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ px: 2, py: 0.75, borderTop: 1, borderColor: 'divider' }}>{t('palette.hint')}</Typography>
    </Dialog>
  )
}
