import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { compareRows, type CompareRow } from '../../../shared/compare/compare'
import { compareExportTable } from '../../../shared/compare/export'
import type { ExportTable } from '../../../shared/export/model'
import type { Project } from '../../../shared/dataset/schema'
import { formatDate } from '../../components/format'
import { describeSource } from '../../components/sources'
import { useLandscapeLabels } from '../../i18n/useLandscapeLabels'
import { useEvaluationFor, useProjectsByIds, useUserDataFor } from '../../db/compare'
import { useFields } from '../../db/evaluation'
import { fieldValueText, useStatusLabels } from '../evaluation/labels'
import { useCompareStore } from '../../store/compare-store'

/** The picked projects, their attribute rows and the same data flattened for export. */
export function useCompareTable(onlyDifferences: boolean) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'ru' ? 'ru' : 'en'
  const picks = useCompareStore((s) => s.picks)
  const projects = useProjectsByIds(picks)
  const userData = useUserDataFor(picks)
  const landscape = useLandscapeLabels()
  const evaluation = useEvaluationFor(picks)
  const fields = useFields()
  const statusLabels = useStatusLabels()

  const rows = useMemo<CompareRow[]>(() => {
    if (!projects || !userData || !evaluation || !fields) return []
    // The user's data with their evaluation: status, the day it was decided, every field.
    const mine = new Map([...userData].map(([id, data]) => {
      const { latest, values } = evaluation.get(id) ?? { values: new Map() }
      return [id, {
        ...data,
        ...(latest?.statusId ? { status: statusLabels.label(latest.statusId, latest.statusName), lastDecided: formatDate(latest.at, language) } : {}),
        fields: fields.map((f) => ({ id: f.id, label: f.name, text: fieldValueText(f, values.get(f.id), t, language) })),
      }]
    }))
    return compareRows(projects, mine, {
      language,
      maturityLabel: (m) => t(`maturity.${m}`),
      linkLabel: (kind) => t(`links.${kind}`),
      formatDate: (d) => formatDate(d, language),
      sourceLabel: (source) => {
        const { label, url } = describeSource(source, t, language)
        return t('source.exported', { source: url && source.kind === 'landscape' ? `${label}, ${url}` : label })
      },
      placementLabel: landscape.placement,
      personaLabel: landscape.persona,
    })
  }, [projects, userData, evaluation, fields, statusLabels, language, t, landscape])

  const shownRows = onlyDifferences ? rows.filter((row) => row.differs) : rows
  const missing = projects ? picks.filter((id) => !projects.some((p) => p.id === id)) : []

  const exportTable = (title: string, list: Project[] = projects ?? []): ExportTable => compareExportTable({
    title,
    attributeHeader: t('compare.attribute'),
    projects: list,
    rows: shownRows,
    rowLabel: (row) => row.label ?? t(`compare.rows.${row.id}`),
  })

  return { picks, projects, rows: shownRows, allRowsCount: rows.length, missing, exportTable, loading: projects === undefined }
}
