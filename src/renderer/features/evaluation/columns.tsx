import { useMemo } from 'react'
import { createColumnHelper } from '@tanstack/react-table'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../../shared/dataset/schema'
import { fieldSortValue } from '../../../shared/evaluation/fields'
import type { EvaluationIndex } from '../../../shared/evaluation/filter'
import { dataTableFeatures } from '../../components/data-table/features'
import { useRadarSettings } from '../../db/evaluation'
import { RING_COLORS, fieldValueText, useStatusLabels } from './labels'
import { StatusChip } from './StatusSection'

const helper = createColumnHelper<typeof dataTableFeatures, Project>()

/** The id of a field's column in the Projects table. */
export const fieldColumnId = (fieldId: string) => `field:${fieldId}`

/**
 * The Projects table's evaluation columns: the status (sorted by the user's status order) and one
 * optional column per field of theirs (sorted by the field's type, hidden until chosen).
 */
export function useEvaluationColumns(index: EvaluationIndex) {
  const { t, i18n } = useTranslation()
  const labels = useStatusLabels()
  const rings = useRadarSettings()?.rings
  return useMemo(() => {
    const ringColor = (id: string) => {
      const ring = rings?.indexOf(id) ?? -1
      return ring >= 0 ? RING_COLORS[ring] : undefined
    }
    const status = helper.accessor((p) => index.statusRank.get(index.statusOf.get(p.id) ?? ''), {
      id: 'status',
      header: () => t('columns.status'),
      size: 116,
      sortFn: 'basic',
      // The status order is the natural one: the first click sorts by it, not against it.
      sortDescFirst: false,
      sortUndefined: 'last',
      cell: ({ row }) => {
        const id = index.statusOf.get(row.original.id)
        return id ? <StatusChip label={labels.label(id)} color={ringColor(id)} /> : null
      },
    })
    const fields = index.fields.map((field) => helper.accessor((p) => fieldSortValue(field, index.valuesOf.get(p.id)?.get(field.id)), {
      id: fieldColumnId(field.id),
      header: () => field.name,
      size: field.type === 'text' ? 150 : 112,
      sortFn: field.type === 'text' || field.type === 'date' ? 'text' : 'basic',
      sortDescFirst: false,
      sortUndefined: 'last',
      meta: { label: field.name, ...(field.type === 'number' ? { align: 'end' as const } : {}) },
      cell: ({ row }) => fieldValueText(field, index.valuesOf.get(row.original.id)?.get(field.id), t, i18n.language),
    }))
    const hiddenByDefault = Object.fromEntries(index.fields.map((f) => [fieldColumnId(f.id), false]))
    return { status, fields, hiddenByDefault }
  }, [index, labels, rings, t, i18n.language])
}
