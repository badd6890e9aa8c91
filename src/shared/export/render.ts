import { csvTable } from './csv'
import type { ExportEnvelope } from './envelope'
import { jsonDocument, jsonTableData } from './json'
import { markdownDocument, markdownTableDocument } from './markdown'
import type { ExportTable } from './model'
import { svgDocument, type ExportPicture } from './svg'
import type { ExportFormat, TableFormat } from './formats'

export { TABLE_FORMATS, type ExportFormat, type TableFormat } from './formats'

/**
 * What a feature asks to export. A table can be written in every format; a free-form Markdown
 * document (a dossier) only as Markdown; data with a shape of its own (a radar) only as JSON; a
 * picture (a radar, a chart) as SVG with the envelope's lines under it (and from that, a PNG).
 */
export type ExportRequest =
  | { kind: 'table'; format: TableFormat; table: ExportTable }
  | { kind: 'markdown'; title: string; body: string }
  | { kind: 'json'; title: string; data: object }
  | { kind: 'picture'; title: string; picture: ExportPicture }

export interface RenderOptions {
  /** CSV without the envelope's lines (the export menu's "data only"). */
  dataOnly?: boolean
}

export interface RenderedExport {
  fileName: string
  content: string
  filter: { name: string; extensions: string[] }
}

const FILTERS: Record<ExportFormat, RenderedExport['filter']> = {
  md: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  svg: { name: 'SVG', extensions: ['svg'] },
}

export function formatOf(request: ExportRequest): ExportFormat {
  switch (request.kind) {
    case 'table': return request.format
    case 'markdown': return 'md'
    case 'json': return 'json'
    case 'picture': return 'svg'
  }
}

/** The one way an export's content is written: the request in its format, inside the envelope. */
export function renderExport(request: ExportRequest, envelope: ExportEnvelope, options: RenderOptions = {}): RenderedExport {
  const format = formatOf(request)
  const title = request.kind === 'table' ? request.table.title : request.title
  return { fileName: exportFileName(title, format), content: contentOf(request, envelope, options), filter: FILTERS[format] }
}

function contentOf(request: ExportRequest, envelope: ExportEnvelope, options: RenderOptions): string {
  switch (request.kind) {
    case 'markdown': return markdownDocument(request, envelope)
    case 'json': return jsonDocument(request.data, envelope)
    case 'picture': return svgDocument(request.picture, envelope)
    case 'table':
      switch (request.format) {
        case 'md': return markdownTableDocument(request.table, envelope)
        case 'csv': return csvTable(request.table, envelope, options)
        case 'json': return jsonDocument(jsonTableData(request.table), envelope)
      }
  }
}

/** A file name from a title: letters, digits, dashes; never a path. */
export function exportFileName(title: string, extension: ExportFormat): string {
  const base = title.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80).replace(/^-+|-+$/g, '') || 'sandscape-export'
  return `${base}.${extension}`
}
