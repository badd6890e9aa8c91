import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { compareRows, type CompareRow } from '../../../shared/compare/compare'
import { compareExportTable } from '../../../shared/compare/export'
import type { ExportTable } from '../../../shared/export/model'
import type { Project } from '../../../shared/dataset/schema'
import { formatDate } from '../../components/format'
import { describeSource } from '../../components/sources'
import { useLandscapeLabels } from '../../i18n/useLandscapeLabels'
import { useProjectsByIds, useUserDataFor } from '../../db/compare'
import { useCompareStore } from '../../store/compare-store'

/** The picked projects, their attribute rows and the same data flattened for export. */
export function useCompareTable(onlyDifferences: boolean) {
  const { t, i18n } = useTranslation()
  const language = i18n.language === 'ru' ? 'ru' : 'en'
  const picks = useCompareStore((s) => s.picks)
  const projects = useProjectsByIds(picks)
  const userData = useUserDataFor(picks)
  const landscape = useLandscapeLabels()

  const rows = useMemo<CompareRow[]>(() => {
    if (!projects || !userData) return []
    return compareRows(projects, userData, {
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
  }, [projects, userData, language, t, landscape])

  const shownRows = onlyDifferences ? rows.filter((row) => row.differs) : rows
  const missing = projects ? picks.filter((id) => !projects.some((p) => p.id === id)) : []

  const exportTable = (title: string, list: Project[] = projects ?? []): ExportTable => compareExportTable({
    title,
    attributeHeader: t('compare.attribute'),
    projects: list,
    rows: shownRows,
    rowLabel: (id) => t(`compare.rows.${id}`),
  })

  return { picks, projects, rows: shownRows, allRowsCount: rows.length, missing, exportTable, loading: projects === undefined }
}
