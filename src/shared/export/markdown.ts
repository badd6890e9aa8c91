import { isHttpUrl } from '../url'
import type { ExportEnvelope, FooterLine } from './envelope'
import { assertWritableTable, cellValues, isExportLink, normalizeLineBreaks, singleLine, type ExportTable, type ExportValue } from './model'

/**
 * Text that a CommonMark/GFM renderer shows as written: the characters that would start
 * emphasis, code, links, HTML, strikethrough or a table cell are backslash-escaped, and so is
 * an "&" that would start a character reference. A bare "http://" or "www." in text would be
 * linked by GFM with our backslashes inside it, so one of its characters is written as a
 * character reference: the text reads the same and stays text (links are ExportLinks).
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<|~]/g, '\\$&')
    .replace(/&(?=#?[0-9a-z]+;)/gi, '\\&')
    .replace(/(https?):(?=\/\/)/gi, '$1&#58;')
    .replace(/w(?=ww\.)/gi, (w) => `&#${w.charCodeAt(0)};`)
}

/** Spaces and tabs off both ends, as a Markdown renderer trims a table cell or a line. */
function trimSpaces(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
  return text.slice(start, end)
}

/**
 * A link destination that survives any renderer: backslash escapes for the characters that
 * would end it or split a table cell, percent-encoding for whitespace and control characters.
 */
function linkDestination(url: string): string {
  return url
    .replace(/[\u0000-\u0020\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/[\\()<>|]/g, '\\$&')
    .replace(/&(?=#?[0-9a-z]+;)/gi, '\\&')
}

/** `[label](url)` for http(s) links; anything else is written out as text, never made clickable. */
export function markdownLink(text: string, url: string): string {
  const label = markdownText(trimSpaces(singleLine(text))) || markdownText(url)
  return isHttpUrl(url) ? `[${label}](${linkDestination(url)})` : `${label} ${markdownText(`<${url}>`)}`
}

function valueMarkdown(value: ExportValue, multiline: boolean): string {
  if (isExportLink(value)) return markdownLink(value.text, value.url)
  const text = String(value)
  const lines = multiline ? text.split('\n') : [singleLine(text)]
  return lines.map((line) => markdownText(trimSpaces(line))).join('<br>')
}

/**
 * A table cell: one value per line (`<br>`), so "Create, update and delete actions can be
 * undone" stays one highlight. A lone value keeps its own line breaks; in a cell of several,
 * a break inside a value would read as two values, so it becomes a space.
 */
function cellMarkdown(cell: Parameters<typeof cellValues>[0]): string {
  const values = cellValues(cell)
  return values.map((value) => valueMarkdown(value, values.length === 1)).join('<br>')
}

/** A GitHub-flavoured Markdown table of the export model. */
export function markdownTable(table: ExportTable): string {
  assertWritableTable(table)
  const row = (cells: string[]) => `| ${cells.map((cell) => cell || ' ').join(' | ')} |`
  return [
    row(table.columns.map((column) => markdownText(trimSpaces(singleLine(column.header))))),
    row(table.columns.map(() => '---')),
    ...table.rows.map((r) => row(table.columns.map((column) => cellMarkdown(r[column.id])))),
  ].join('\n')
}

function footerLine(line: FooterLine): string {
  if (line.url) return markdownLink(line.text, line.url)
  // Escaped like any text, plus what would turn a line into a heading, quote or list.
  return markdownText(trimSpaces(singleLine(line.text))).replace(/^([#>+\-=]|\d+[.)])/, (m) => m.replace(/[#>+\-=.)]/, '\\$&'))
}

/** The envelope as a short footer: a rule, then one line each (hard breaks). */
export function markdownFooter(envelope: ExportEnvelope): string {
  return `---\n\n${envelope.footer.map(footerLine).join('\\\n')}`
}

/** A Markdown document: its title, a free-form body (a table, a dossier…) and the footer. */
export function markdownDocument(document: { title: string; body: string }, envelope: ExportEnvelope): string {
  // Every "#" is escaped: a trailing run would otherwise close the heading and vanish.
  const heading = markdownText(trimSpaces(singleLine(document.title))).replace(/#/g, '\\#')
  const body = normalizeLineBreaks(document.body).trim()
  return `${heading ? `# ${heading}\n\n` : ''}${body ? `${body}\n\n` : ''}${markdownFooter(envelope)}\n`
}

/** The model as a titled Markdown document with the footer. */
export function markdownTableDocument(table: ExportTable, envelope: ExportEnvelope): string {
  return markdownDocument({ title: table.title, body: markdownTable(table) }, envelope)
}
