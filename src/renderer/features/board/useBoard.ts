import { useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { TableProject } from '../../../shared/projects/rows'
import { NO_STATUS_COLUMN, orderColumn } from '../../../shared/evaluation/board'
import { useBoardOrder, useBoardSettings, useFields, useRadarSettings } from '../../db/evaluation'
import { RING_COLORS, useStatusLabels } from '../evaluation/labels'
import { useFilteredProjects } from '../projects/useFilteredProjects'
import { useLastView } from '../projects/view-state'

export interface BoardColumn {
  id: string
  label: string
  /** The ring colour, when the status is a radar ring. */
  color?: string
  /** Every project in the column, in board order (the filters may hide some). */
  order: string[]
  /** The cards shown: the column's projects that pass the filters, in board order. */
  cards: TableProject[]
}

/** The Board: the last Projects view's filters applied, one column per status (and one for none), cards in the user's order. */
export function useBoard() {
  const { t } = useTranslation()
  const { filters } = useLastView()
  const filtered = useFilteredProjects(filters)
  const labels = useStatusLabels()
  const stored = useBoardOrder()
  const settings = useBoardSettings()
  const radar = useRadarSettings()
  const fields = useFields()
  const { all, visible, evaluation } = filtered

  const columns = useMemo<BoardColumn[]>(() => {
    const shown = new Set(visible.map((p) => p.id))
    const byColumn = new Map<string, TableProject[]>()
    for (const project of all) {
      const column = evaluation.statusOf.get(project.id) ?? NO_STATUS_COLUMN
      const list = byColumn.get(column)
      if (list) list.push(project)
      else byColumn.set(column, [project])
    }
    const heads = [{ id: NO_STATUS_COLUMN, label: t('evaluation.noStatus') }, ...labels.statuses.map((s) => ({ id: s.id, label: labels.label(s.id) }))]
    return heads.map(({ id, label }) => {
      const ordered = orderColumn(byColumn.get(id) ?? [], stored?.get(id))
      const ring = radar?.rings.indexOf(id) ?? -1
      return { id, label, ...(ring >= 0 ? { color: RING_COLORS[ring] } : {}), order: ordered.map((p) => p.id), cards: ordered.filter((p) => shown.has(p.id)) }
    })
  }, [all, visible, evaluation, labels, stored, radar, t])

  const cardFields = useMemo(() => (fields ?? []).filter((f) => settings?.cardFields.includes(f.id)), [fields, settings])
  return { ...filtered, filters, columns, cardFields, allFields: fields ?? [], loading: filtered.projects === undefined || stored === undefined }
}
