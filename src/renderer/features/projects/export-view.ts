import type { TableProject } from '../../../shared/projects/rows'
import { cellValues, type ExportCredit, type ExportTable } from '../../../shared/export/model'
import type { Column } from '@tanstack/react-table'
import type { DataTableFeatures } from '../../components/data-table/features'
import { columnHeader, exportCell, type ExportContext, type ProjectColumnSpec } from './columns'

/**
 * The view as an export table: the columns shown (bar the compare ticks, a selection and not
 * data) with their headers in the UI language, and the rows in the order on screen. The export
 * envelope writes it (components/export/useExport).
 */
export function viewExportTable(
  title: string,
  columns: readonly Column<DataTableFeatures, TableProject>[],
  specs: readonly ProjectColumnSpec[],
  projects: readonly TableProject[],
  context: ExportContext,
): ExportTable {
  const byId = new Map(specs.map((spec) => [spec.id as string, spec]))
  const shown = columns.flatMap((column) => {
    const spec = byId.get(column.id)
    return spec && column.id !== 'compare' ? [spec] : []
  })
  const rows = projects.map((project) => Object.fromEntries(shown.map((spec) => [spec.id, exportCell(spec, project, context)])))
  // A column of a source whose licence asks for credit (health figures) brings its credit, once, when it holds a value.
  const credits = new Map<string, ExportCredit>()
  for (const spec of shown) {
    if (!spec.credit || !rows.some((row) => cellValues(row[spec.id]).length > 0)) continue
    const credit = spec.credit(context)
    credits.set(credit.text, credit)
  }
  return {
    title,
    columns: shown.map((spec) => ({ id: spec.id, header: columnHeader(context.t, spec) })),
    rows,
    ...(credits.size ? { credits: [...credits.values()] } : {}),
  }
}
