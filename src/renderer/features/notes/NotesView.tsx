import { useDeferredValue, useMemo, useState } from 'react'
import Box from '@mui/material/Box'
import InputAdornment from '@mui/material/InputAdornment'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import SearchIcon from '@mui/icons-material/Search'
import { useTranslation } from '../../i18n/useTranslation'
import { searchNotes } from '../../../shared/notes/search'
import { ProjectAvatar } from '../../components/ProjectAvatar'
import { formatDateTime } from '../../components/format'
import { useProjects } from '../../db/hooks'
import { useNotes } from '../../db/notes'
import { projectHref } from '../project-detail/views'

/** Every note, newest first, with full-text search and highlighted snippets. */
export function NotesView() {
  const { t, i18n } = useTranslation()
  const notes = useNotes()
  const projects = useProjects()
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const names = useMemo(() => new Map((projects ?? []).map((p) => [p.id, p.name])), [projects])
  const hits = useMemo(() => searchNotes(notes ?? [], deferredQuery, (id) => names.get(id) ?? id), [notes, deferredQuery, names])
  if (!notes) return null

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 1000 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h1" sx={{ flex: 1 }}>{t('nav.notes')}</Typography>
        <TextField
          size="small"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('notes.searchPlaceholder')}
          slotProps={{
            htmlInput: { 'aria-label': t('notes.search') },
            input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> },
          }}
          sx={{ width: 340 }}
        />
      </Box>
      {notes.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="h2" gutterBottom>{t('notes.emptyTitle')}</Typography>
          <Typography color="text.secondary">{t('notes.emptyBody')}</Typography>
        </Paper>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" role="status">{t('notes.count', { shown: hits.length, count: notes.length })}</Typography>
          <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'flex', flexDirection: 'column', gap: 1 }}>
            {hits.map(({ note, snippet }) => {
              const name = names.get(note.projectId)
              return (
                <Paper component="li" variant="outlined" key={note.projectId} sx={{ p: 1.5, display: 'flex', gap: 1.5 }}>
                  <ProjectAvatar id={note.projectId} name={name ?? note.projectId} size={32} />
                  <Box sx={{ minWidth: 0, flex: 1 }}>
                    <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
                      {name
                        ? <Box component="a" href={projectHref(note.projectId)} sx={{ fontWeight: 700, color: 'text.primary' }}>{name}</Box>
                        : <Box component="span" sx={{ fontWeight: 700 }}>{note.projectId}</Box>}
                      {!name && <Typography variant="caption" color="warning.main">{t('bookmarks.gone')}</Typography>}
                      <Typography variant="caption" color="text.secondary">{formatDateTime(note.updatedAt, i18n.language)}</Typography>
                    </Box>
                    <Typography variant="body2" sx={{ mt: 0.5, color: 'text.secondary', '& mark': { bgcolor: 'warning.light', color: 'inherit', px: 0.25, borderRadius: 0.5 } }} data-testid="note-snippet">
                      {snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                    </Typography>
                  </Box>
                </Paper>
              )
            })}
          </Box>
        </>
      )}
    </Box>
  )
}
