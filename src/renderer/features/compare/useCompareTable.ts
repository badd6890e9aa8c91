import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { compareRows, type CompareRow, type CompareRowId } from '../../../shared/compare/compare'
import { healthCompareRows, isHealthRow } from '../../../shared/health/compare'
import { EMPTY_HEALTH } from '../../../shared/health/facets'
import { useHealthIndex } from '../../db/health'
import { healthRowLabels } from '../health/labels'
import { compareExportTable } from '../../../shared/compare/export'
import type { ExportTable } from '../../../shared/export/model'
import type { Project } from '../../../shared/dataset/schema'
import { formatDate } from '../../components/format'
import { useProjectsByIds, useUserDataFor } from '../../db/compare'
import { useCompareStore } from '../../store/compare-store'

/** The picked projects, their attribute rows and the same data flattened for export. */
export function useCompareTable(onlyDifferences: boolean) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'ru' ? 'ru' : 'en'
  const picks = useCompareStore((s) => s.picks)
  const projects = useProjectsByIds(picks)
  const userData = useUserDataFor(picks)
  const healthIndex = useHealthIndex() ?? EMPTY_HEALTH
  const rowLabel = (id: CompareRowId) => t(isHealthRow(id) ? `health.rows.${id}` : `compare.rows.${id}`)

  const rows = useMemo<CompareRow[]>(() => {
    if (!projects || !userData) return []
    const base = compareRows(projects, userData, {
      language,
      maturityLabel: (m) => t(`maturity.${m}`),
      linkLabel: (kind) => t(`links.${kind}`),
      formatDate: (d) => formatDate(d, language),
    })
    // Health rows follow the repository figures.
    const at = base.findIndex((row) => row.group === 'links' || row.group === 'mine')
    const health = healthCompareRows(projects, healthIndex, healthRowLabels(t, language))
    return at < 0 ? [...base, ...health] : [...base.slice(0, at), ...health, ...base.slice(at)]
  }, [projects, userData, language, t, healthIndex])

  const shownRows = onlyDifferences ? rows.filter((row) => row.differs) : rows
  const missing = projects ? picks.filter((id) => !projects.some((p) => p.id === id)) : []

  const exportTable = (title: string, list: Project[] = projects ?? []): ExportTable => compareExportTable({
    title,
    attributeHeader: t('compare.attribute'),
    projects: list,
    rows: shownRows,
    rowLabel: (id) => rowLabel(id),
  })

  return { picks, projects, rows: shownRows, rowLabel, allRowsCount: rows.length, missing, exportTable, loading: projects === undefined }
}
