import { searchHits } from '../../../shared/projects/project-search'
import { useMemo } from 'react'
import type { SvgIconComponent } from '@mui/icons-material'
import { useTranslation } from '../../i18n/useTranslation'
import { ProjectSearchIndex } from '../../../shared/search/search-index'
import { projectBlurb } from '../../../shared/dataset/summary'
import { useTableModel } from '../../db/table-snapshot'
import type { PaletteCommand } from '../../registry/feature'
import { sidebarViews } from '../../registry/registry'
import { hrefTo } from '../../registry/view'
import { navigate } from '../../router/router'
import { projectHref } from '../project-detail/views'
import { changeProjectsView } from '../projects/view-state'

export type PaletteGroup = 'search' | 'projects' | 'views' | 'saved' | 'actions'

export interface PaletteItem {
  id: string
  group: PaletteGroup
  label: string
  /** A second, quieter line (a project's summary). */
  detail?: string
  icon?: SvgIconComponent
  run: () => unknown
}

const MAX_PROJECTS = 6
const GROUP_ORDER: readonly PaletteGroup[] = ['projects', 'views', 'saved', 'actions']

/**
 * What the palette offers for a query, best first: the best projects (ranked by the project
 * search) and the views, saved views and actions whose words match (the same forgiving search:
 * word forms, typos, the other keyboard layout), the group with the best match first; last,
 * searching the table for the query. Items of a group stay together. With no query: the views,
 * saved views and actions.
 */
export function usePaletteItems(query: string, commands: readonly PaletteCommand[]): PaletteItem[] {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'ru' ? 'ru' : 'en'
  const model = useTableModel(language)

  const fixed = useMemo<PaletteItem[]>(() => {
    const views = sidebarViews().map((view): PaletteItem => ({
      id: `view:${view.id}`, group: 'views', label: t(view.sidebar!.label), icon: view.sidebar!.icon, run: () => navigate(hrefTo(view)),
    }))
    return [...views, ...commands.map((c): PaletteItem => ({ id: `command:${c.id}`, group: c.group, label: c.label, icon: c.icon, run: c.run }))]
  }, [t, commands])
  // Views and commands are searched with the projects' engine, over their labels and keywords in both languages.
  const fixedIndex = useMemo(() => {
    const keywords = new Map(commands.map((c) => [`command:${c.id}`, c.keywords ?? []]))
    const en = i18n.getFixedT('en')
    const ru = i18n.getFixedT('ru')
    const otherNames = new Map(sidebarViews().map((v) => [`view:${v.id}`, [en(v.sidebar!.label), ru(v.sidebar!.label)]]))
    return ProjectSearchIndex.build(fixed.map((item) => ({
      id: item.id, name: item.label, labels: [...(keywords.get(item.id) ?? []), ...(otherNames.get(item.id) ?? [])], texts: [],
    })))
  }, [fixed, commands, i18n])

  return useMemo(() => {
    const trimmed = query.trim()
    if (!trimmed) return fixed
    const ranked: { item: PaletteItem; rank: number }[] = []
    const fixedHits = fixedIndex.search(query)
    fixed.forEach((item, i) => { if (fixedHits && fixedHits.ranks[i] >= 0) ranked.push({ item, rank: fixedHits.ranks[i] }) })
    const projectHits = model ? searchHits(model.rows, query) : undefined
    if (model && projectHits) {
      const best: number[] = []
      projectHits.ranks.forEach((rank, position) => { if (rank >= 0) best.push(position) })
      best.sort((a, b) => projectHits.ranks[a] - projectHits.ranks[b] || a - b)
      for (const position of best.slice(0, MAX_PROJECTS)) {
        const row = model.rows[position]
        ranked.push({
          item: { id: `project:${row.id}`, group: 'projects', label: row.name, detail: projectBlurb(row, language)?.text, run: () => navigate(projectHref(row.id)) },
          rank: projectHits.ranks[position],
        })
      }
    }
    // Groups ordered by their best match (projects first on a tie), items by rank within a group.
    const best = new Map<PaletteGroup, number>()
    for (const { item, rank } of ranked) best.set(item.group, Math.min(best.get(item.group) ?? rank, rank))
    ranked.sort((a, b) => best.get(a.item.group)! - best.get(b.item.group)! || GROUP_ORDER.indexOf(a.item.group) - GROUP_ORDER.indexOf(b.item.group) || a.rank - b.rank)
    const search: PaletteItem = {
      id: 'search', group: 'search', label: t('palette.searchTable', { query: trimmed }),
      // On Projects, the view's search; from elsewhere, the last Projects view opens with it.
      run: () => changeProjectsView((v) => ({ ...v, filters: { ...v.filters, query: trimmed } })),
    }
    return [...ranked.map((r) => r.item), search]
  }, [query, fixed, fixedIndex, model, t, language])
}
