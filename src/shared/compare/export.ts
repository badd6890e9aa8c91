import type { ExportTable, ExportValue } from '../export/model'
import type { CompareCell, CompareRow, CompareRowId } from './compare'

/**
 * The values a Compare cell exports: its links (label and URL each), else its items as exports
 * write them (highlights with their sources), else its list items, else its text. One value each, so a highlight with commas in it stays one highlight.
 */
export function compareCellValues(cell: CompareCell): ExportValue[] {
  if (cell.links?.length) return cell.links.map((link) => ({ text: link.label, url: link.url }))
  if (cell.exportItems) return cell.exportItems
  if (cell.items) return cell.items
  return cell.text ? [cell.text] : []
}

/** Column id of the attribute names: not a project id, since those are kebab-case. */
export const ATTRIBUTE_COLUMN = 'attributeName'

export interface CompareExportInput {
  title: string
  /** The attribute column's heading, in the export's language. */
  attributeHeader: string
  /** The compared projects, in the order shown. */
  projects: readonly { id: string; name: string }[]
  rows: readonly CompareRow[]
  /** A row's heading: fields the user named carry their own label. */
  rowLabel: (row: CompareRow) => string
}

/** A comparison as the export model: an attribute column, then one list column per project. */
export function compareExportTable({ title, attributeHeader, projects, rows, rowLabel }: CompareExportInput): ExportTable {
  return {
    title,
    columns: [
      { id: ATTRIBUTE_COLUMN, header: attributeHeader },
      ...projects.map((project) => ({ id: project.id, header: project.name, multiple: true })),
    ],
    rows: rows.map((row) => ({
      [ATTRIBUTE_COLUMN]: rowLabel(row),
      ...Object.fromEntries(projects.map((project, i) => [project.id, compareCellValues(row.cells[i] ?? { text: '' })])),
    })),
  }
}
