/** A comparison flattened for export: header labels and one line per attribute. */
export interface ExportTable {
  title: string
  /** First header is the attribute column's heading, then one per project. */
  headers: string[]
  rows: { label: string; values: string[] }[]
}

function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>').trim() || ' '
}

/** A GitHub-flavoured Markdown table, safe for pipes and newlines in cells. */
export function toMarkdownTable(table: ExportTable): string {
  const header = `| ${table.headers.map(markdownCell).join(' | ')} |`
  const rule = `| ${table.headers.map(() => '---').join(' | ')} |`
  const body = table.rows.map((row) => `| ${[row.label, ...row.values].map(markdownCell).join(' | ')} |`)
  return [header, rule, ...body].join('\n')
}

export function toMarkdownDocument(table: ExportTable): string {
  return `# ${table.title.replace(/\r?\n/g, ' ')}\n\n${toMarkdownTable(table)}\n`
}

/**
 * One CSV field (RFC 4180). Cells that a spreadsheet would run as a formula (= + - @, tab, CR)
 * are prefixed with an apostrophe, the usual defence against CSV injection.
 */
export function csvField(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

export function toCsv(table: ExportTable): string {
  const lines = [table.headers, ...table.rows.map((row) => [row.label, ...row.values])]
  return `${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`
}

/** A file name from a comparison name: letters, digits, dashes; never a path. */
export function exportFileName(name: string, extension: 'md' | 'csv'): string {
  const base = name.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'comparison'
  return `${base}.${extension}`
}
