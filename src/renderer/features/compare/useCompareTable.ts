import { useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { compareRows, type CompareRow } from '../../../shared/compare/compare'
import { healthCompareRows, healthRowSources, isHealthRow } from '../../../shared/health/compare'
import { EMPTY_HEALTH } from '../../../shared/health/health-index'
import { localToday } from '../../../shared/projects/dates'
import { useHealthIndex } from '../../db/health'
import { healthCredit, healthRowLabels } from '../health/labels'
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
  const healthIndex = useHealthIndex() ?? EMPTY_HEALTH
  const rowLabel = (row: CompareRow) => row.label ?? t(isHealthRow(row.id) ? `health.rows.${row.id}` : `compare.rows.${row.id}`)

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
    const base = compareRows(projects, mine, {
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
    // Health rows follow the repository figures.
    const at = base.findIndex((row) => row.group === 'links' || row.group === 'mine')
    const health = healthCompareRows(projects, healthIndex, healthRowLabels(t, language), localToday())
    return at < 0 ? [...base, ...health] : [...base.slice(0, at), ...health, ...base.slice(at)]
  }, [projects, userData, evaluation, fields, statusLabels, language, t, landscape, healthIndex])

  const shownRows = onlyDifferences ? rows.filter((row) => row.differs) : rows
  const missing = projects ? picks.filter((id) => !projects.some((p) => p.id === id)) : []

  // Figures of a health source whose licence asks for credit travel with it (the badge data's CC BY 3.0+).
  const credits = healthRowSources(shownRows).map((source) => healthCredit(t, source))
  const exportTable = (title: string, list: Project[] = projects ?? []): ExportTable => ({
    ...compareExportTable({ title, attributeHeader: t('compare.attribute'), projects: list, rows: shownRows, rowLabel }),
    ...(credits.length ? { credits } : {}),
  })

  return { picks, projects, rows: shownRows, rowLabel, credits, allRowsCount: rows.length, missing, exportTable, loading: projects === undefined }
}
