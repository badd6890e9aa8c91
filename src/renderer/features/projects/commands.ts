import { useMemo } from 'react'
import BookmarkIcon from '@mui/icons-material/BookmarkBorderOutlined'
import { useTranslation } from '../../i18n/useTranslation'
import { useSavedViews } from '../../db/saved-views'
import type { PaletteCommand } from '../../registry/feature'
import { navigate } from '../../router/router'
import { openSavedView } from './saved-view-entries'
import { projectsHref, readViewQuery } from './views'

/** The palette's saved views (the sidebar's entries under Projects): choosing one opens it. */
export function useSavedViewCommands(): PaletteCommand[] {
  const { t } = useTranslation()
  const views = useSavedViews()
  return useMemo(() => (views ?? []).map((view): PaletteCommand => ({
    id: `saved-view:${view.id}`,
    group: 'saved',
    icon: BookmarkIcon,
    label: view.name,
    keywords: [t('projectsView.savedViewKeywords')],
    run: () => {
      openSavedView(view)
      navigate(projectsHref(readViewQuery(view.query)))
    },
  })), [views, t])
}
