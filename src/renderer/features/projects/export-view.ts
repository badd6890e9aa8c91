import type { TFunction } from 'i18next'
import type { DatasetSource, Project } from '../../../shared/dataset/schema'
import { createExportEnvelope, renderViewExport, type ExportFormat, type ExportTable, type RenderedExport } from '../../../shared/projects/export'
import type { Column } from '@tanstack/react-table'
import type { DataTableFeatures } from '../../components/data-table/features'
import { formatDate, formatDateTime, hostOf } from '../../components/format'
import { COLUMN_SPECS, exportCell, type ExportContext } from './columns'
import { columnTitle } from './labels'

/**
 * The view as an export table: the columns shown (bar the compare ticks, a selection and not
 * data) with their headers in the UI language, and the rows in the order on screen.
 */
export function viewExportTable(title: string, columns: readonly Column<DataTableFeatures, Project>[], projects: readonly Project[], context: ExportContext): ExportTable {
  const specs = columns.flatMap((column) => {
    const spec = COLUMN_SPECS.get(column.id)
    return spec && column.id !== 'compare' ? [spec] : []
  })
  return {
    title,
    columns: specs.map((spec) => ({ id: spec.id, header: columnTitle(context.t, spec.id) })),
    rows: projects.map((project) => Object.fromEntries(specs.map((spec) => [spec.id, exportCell(spec, project, context)]))),
  }
}

/** The footer lines every export carries: the licence's attribution, the data's origin, the export time. */
function footer(t: TFunction, language: string, source: DatasetSource, exportedAt: string) {
  const date = formatDate(source.date, language)
  const origin = source.live
    ? t('attribution.live', { host: hostOf(source.url), date })
    : t('attribution.snapshot', { revision: source.revision.slice(0, 12), date })
  return [
    { text: source.license.attribution, url: source.license.url },
    { text: origin, url: source.url },
    { text: t('projectsView.exportedAt', { time: formatDateTime(exportedAt, language) }) },
  ]
}

/** The export file for a table, with its envelope: one call, so adopting issue 16's envelope is one change. */
export function renderProjectsExport(table: ExportTable, format: ExportFormat, source: DatasetSource, t: TFunction, language: string, now = new Date()): RenderedExport {
  const exportedAt = now.toISOString()
  return renderViewExport(table, format, createExportEnvelope(source, exportedAt, footer(t, language, source, exportedAt)))
}
