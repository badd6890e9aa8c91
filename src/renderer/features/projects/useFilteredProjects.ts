import { useEffect, useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { EMPTY_EVALUATION } from '../../../shared/evaluation/filter'
import { EMPTY_HEALTH } from '../../../shared/health/health-index'
import { prepareSearch } from '../../../shared/projects/project-search'
import { EMPTY_USER_DATA, filterAndCount, filterContext, hasActiveFilters, type ProjectFilters, type UserDataIndex } from '../../../shared/projects/filter'
import type { TableProject } from '../../../shared/projects/rows'
import { localToday } from '../../../shared/projects/dates'
import { preloadEvaluation, useEvaluationIndex } from '../../db/evaluation'
import { preloadDatasetMeta } from '../../db/hooks'
import { preloadSavedViews } from '../../db/saved-views'
import { preloadHealthIndex, useHealthIndex } from '../../db/health'
import { preloadTableModel, useTableModel } from '../../db/table-snapshot'
import { preloadChangedSinceRefresh, useChangedSinceRefresh } from '../../db/refresh-history'
import { preloadUserData, useLists, useUserDataIndex, useUserWords } from '../../db/user-data'
import { datasetSettled } from '../../store/data-status-store'
import { idleAfterFirstContent } from '../../store/first-content'
import type { Language } from '../../store/settings-store'

const NO_PROJECTS: TableProject[] = []
const NO_IDS: ReadonlySet<string> = new Set()

/**
 * Reads what the Projects view and the Board show, for their first render to find it (a view's
 * `preload`): the rows in `language` (on a first launch, once the bundled dataset is stored), the
 * user's data, statuses, health figures, the last refresh's changes, saved views and the dataset's
 * source. Without these, the first render drew the table without them and drew it again a moment
 * later: a Status column appearing and moving the others, stars filling in.
 */
export function preloadProjectsData(language: Language): Promise<unknown> {
  return Promise.all([
    preloadTableModel(language, datasetSettled), preloadUserData(), preloadEvaluation(), preloadHealthIndex(), preloadChangedSinceRefresh(),
    preloadSavedViews(), preloadDatasetMeta(),
  ])
}

/**
 * Filters applied to the cached rows (the table's snapshot: rows without the long texts, and the
 * search index): what the Projects view shows (its address's filters) and the Board too (the last
 * Projects view's). Facet counts, the search's ranks, the user's data, the health figures and the
 * day come along.
 */
export function useFilteredProjects(filters: ProjectFilters) {
  const { i18n } = useTranslation()
  const model = useTableModel(i18n.language === 'ru' ? 'ru' : 'en')
  const userIndex = useUserDataIndex() ?? EMPTY_USER_DATA
  const evaluation = useEvaluationIndex() ?? EMPTY_EVALUATION
  const words = useUserWords()
  const userData = useMemo<UserDataIndex>(() => ({ ...userIndex, evaluation, words }), [userIndex, evaluation, words])
  const changed = useChangedSinceRefresh() ?? NO_IDS
  const health = useHealthIndex() ?? EMPTY_HEALTH
  const lists = useLists()
  const all = model?.rows ?? NO_PROJECTS
  // The search's first run (sorting the names, compiling its code) when idle, not on the first keystroke.
  useEffect(() => idleAfterFirstContent(() => void prepareSearch(all)), [all])
  // One day for the whole view: durations and moving date ranges agree with each other.
  const today = useMemo(() => localToday(), [])
  const context = useMemo(() => filterContext({ user: userData, changed, today, health }), [userData, changed, today, health])
  // The filters are read anew on every change (a sort, say): they keep their identity while
  // their content does, so the rows are not filtered again for nothing.
  const filtersKey = JSON.stringify(filters)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stable = useMemo(() => filters, [filtersKey])
  // One render per keystroke: filtering and counting are a few passes over typed arrays (filter.ts).
  const outcome = useMemo(() => filterAndCount(all, stable, context), [all, stable, context])
  const listNames = useMemo(() => new Map((lists ?? []).map((l) => [l.id, l.name])), [lists])
  return {
    /** Undefined while the rows load, null when nothing is cached yet. */
    projects: model === undefined ? undefined : model === null ? null : model.rows,
    all,
    visible: outcome.visible,
    /** 1 where the project at that position of `all` passes the filters. */
    pass: outcome.pass,
    /** The search's rank of the project at each position of `all`, while a query is typed. */
    ranks: outcome.ranks,
    facets: outcome.facets,
    facetsWithOptions: outcome.facetsWithOptions,
    userData,
    evaluation,
    changed,
    health,
    context,
    today,
    /** List id → name, for the "My lists" facet. */
    listNames,
    filtersActive: hasActiveFilters(stable),
  }
}
