import Autocomplete from '@mui/material/Autocomplete'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Paper from '@mui/material/Paper'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../i18n/useTranslation'
import type { Project } from '../../../shared/dataset/schema'
import type { ListRecord } from '../../db/database'
import { changeProjectLists, createList, setProjectUserTags, useBookmark, useLists, useProjectUserTags, useUserTags } from '../../db/user-data'
import { useNoticeStore } from '../../store/notice-store'
import { StarToggle } from './StarToggle'

/** The detail page's "yours" section: star, lists and tags for one project. */
export function ProjectUserPanel({ project }: { project: Project }) {
  const { id: projectId, name } = project
  const { t } = useTranslation()
  const bookmark = useBookmark(projectId)
  const lists = useLists() ?? []
  const tags = useProjectUserTags(projectId) ?? []
  const allTags = useUserTags() ?? []
  const knownTags = [...new Set(allTags.map((t) => t.tag))].sort((a, b) => a.localeCompare(b))
  const selectedLists = lists.filter((l) => bookmark?.lists.includes(l.id))
  const show = useNoticeStore((s) => s.show)

  // Applied as a change (added, removed) so a second edit before the first is stored keeps both.
  const onListsChange = async (value: (ListRecord | string)[]) => {
    try {
      const ids: string[] = []
      // A name of spaces only is no list: typed and entered by mistake, it is dropped.
      for (const item of value) {
        if (typeof item !== 'string') ids.push(item.id)
        else if (item.trim()) ids.push((await createList(item)).id)
      }
      const before = selectedLists.map((l) => l.id)
      await changeProjectLists(projectId, ids.filter((id) => !before.includes(id)), before.filter((id) => !ids.includes(id)))
    } catch (error) {
      show(t('bookmarks.listFailed', { reason: (error as Error).message }), 'error')
    }
  }

  return (
    <Paper variant="outlined" component="section" aria-labelledby={`yours-${projectId}`} sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="h2" id={`yours-${projectId}`} sx={{ flex: 1 }}>{t('bookmarks.yours')}</Typography>
        <StarToggle projectId={projectId} name={name} starred={Boolean(bookmark)} size="medium" />
      </Box>
      <Autocomplete<ListRecord | string, true, false, true>
        multiple
        freeSolo
        size="small"
        options={lists}
        value={selectedLists}
        getOptionLabel={(o) => (typeof o === 'string' ? o : o.name)}
        isOptionEqualToValue={(a, b) => typeof a !== 'string' && typeof b !== 'string' && a.id === b.id}
        onChange={(_, value) => void onListsChange(value)}
        renderValue={(value, getItemProps) => value.map((option, index) => {
          const { key, ...props } = getItemProps({ index })
          return <Chip key={key} size="small" label={typeof option === 'string' ? option : option.name} {...props} />
        })}
        renderInput={(params) => <TextField {...params} label={t('bookmarks.lists')} placeholder={t('bookmarks.listsPlaceholder')} helperText={t('bookmarks.listsHelp')} />}
      />
      <Autocomplete<string, true, false, true>
        multiple
        freeSolo
        size="small"
        options={knownTags}
        value={tags}
        onChange={(_, value) => void setProjectUserTags(projectId, value)}
        renderValue={(value, getItemProps) => value.map((option, index) => {
          const { key, ...props } = getItemProps({ index })
          return <Chip key={key} size="small" variant="outlined" label={option} {...props} />
        })}
        renderInput={(params) => <TextField {...params} label={t('bookmarks.tags')} placeholder={t('bookmarks.tagsPlaceholder')} />}
      />
    </Paper>
  )
}
