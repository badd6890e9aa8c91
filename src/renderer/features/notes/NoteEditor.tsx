import { useEffect, useMemo, useRef, useState } from 'react'
import Box from '@mui/material/Box'
import Paper from '@mui/material/Paper'
import Tab from '@mui/material/Tab'
import Tabs from '@mui/material/Tabs'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import { USER_DATA_LIMITS } from '../../../shared/backup/format'
import { ErrorBoundary } from '../../components/ErrorBoundary'
import { MarkdownView } from '../../components/MarkdownView'
import { formatDateTime } from '../../components/format'
import { UserDataLimitError } from '../../db/limits'
import { saveNote, useNote } from '../../db/notes'
import { useNoticeStore } from '../../store/notice-store'
import { createAutosaver } from './autosave'
import type { Project } from '../../../shared/dataset/schema'

/** The project page's note section. */
export function ProjectNoteSection({ project }: { project: Project }) {
  return <NoteEditor projectId={project.id} />
}

/** One Markdown note per project: write and preview, saved as you type and whenever the page hides. */
export function NoteEditor({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation()
  const note = useNote(projectId)
  const show = useNoticeStore((s) => s.show)
  const [draft, setDraft] = useState<string | undefined>(undefined)
  const [tab, setTab] = useState<'write' | 'preview'>('write')
  const [saving, setSaving] = useState<'idle' | 'pending' | 'saved' | 'failed'>('idle')
  const textRef = useRef('')

  const saver = useMemo(() => createAutosaver(async (text) => {
    try {
      await saveNote(projectId, text)
      setSaving('saved')
    } catch (error) {
      setSaving('failed')
      show(error instanceof UserDataLimitError
        ? t('notes.overLimit', { max: USER_DATA_LIMITS.noteLength.toLocaleString(i18n.language) })
        : t('notes.saveFailed', { reason: (error as Error).message }), 'error')
      throw error
    }
  }), [projectId, show, t, i18n])

  // Flush on page hide / window close / leaving the page, so no keystroke is lost.
  useEffect(() => {
    const flush = () => { void saver.flush() }
    const onVisibility = () => { if (document.visibilityState === 'hidden') flush() }
    window.addEventListener('pagehide', flush)
    window.addEventListener('beforeunload', flush)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', flush)
      window.removeEventListener('beforeunload', flush)
      document.removeEventListener('visibilitychange', onVisibility)
      flush()
      saver.dispose()
    }
  }, [saver])

  if (note === undefined) return null
  const text = draft ?? note?.markdown ?? ''
  textRef.current = text

  return (
    <Paper variant="outlined" component="section" aria-labelledby={`note-${projectId}`} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="h2" id={`note-${projectId}`} sx={{ flex: 1 }}>{t('notes.title')}</Typography>
        <Tabs value={tab} onChange={(_, v: 'write' | 'preview') => setTab(v)} aria-label={t('notes.mode')} sx={{ minHeight: 32, '& .MuiTab-root': { minHeight: 32, py: 0.5 } }}>
          <Tab value="write" label={t('notes.write')} />
          <Tab value="preview" label={t('notes.preview')} />
        </Tabs>
      </Box>
      {tab === 'write' ? (
        <TextField
          multiline
          minRows={6}
          maxRows={24}
          fullWidth
          value={text}
          placeholder={t('notes.placeholder')}
          onChange={(e) => { setDraft(e.target.value); setSaving('pending'); saver.change(e.target.value) }}
          onBlur={() => { void saver.flush() }}
          slotProps={{ htmlInput: { 'aria-label': t('notes.editorLabel'), maxLength: USER_DATA_LIMITS.noteLength, spellCheck: true, style: { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13 } } }}
        />
      ) : (
        <Box sx={{ minHeight: 120 }} data-testid="note-preview">
          {text.trim()
            ? (
              <ErrorBoundary variant="inline" resetKey={text} title={t('notes.previewFailed')} back={{ label: t('notes.backToWriting'), onClick: () => setTab('write') }}>
                <MarkdownView markdown={text} />
              </ErrorBoundary>
            )
            : <Typography color="text.secondary">{t('notes.emptyPreview')}</Typography>}
        </Box>
      )}
      <Typography variant="caption" color={saving === 'failed' ? 'error' : 'text.secondary'} role="status" aria-live="polite">
        {text.length > USER_DATA_LIMITS.noteLength * 0.95 && `${t('notes.remaining', { count: USER_DATA_LIMITS.noteLength - text.length })} `}
        {saving === 'pending' ? t('notes.saving') : saving === 'failed' ? t('notes.notSaved') : note
          ? t('notes.times', { created: formatDateTime(note.createdAt, i18n.language), updated: formatDateTime(note.updatedAt, i18n.language) })
          : t('notes.hint')}
      </Typography>
    </Paper>
  )
}
