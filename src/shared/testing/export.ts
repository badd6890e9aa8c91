// For export tests: an envelope to export with, and readers that read exports back the way other
// programs do (an RFC 4180 CSV parser, a CommonMark parser with GitHub's tables). Not used by the app.
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { LANDSCAPE_LICENSE } from '../dataset/build'
import type { DatasetSource } from '../dataset/schema'
import { createEnvelope, type EnvelopeInputs, type ExportEnvelope, type FooterWording } from '../export/envelope'
import type { ExportCell, ExportLink, ExportValue } from '../export/model'

/** The records of a CSV file, as csv-parse reads them (BOM dropped, rows of any length kept). */
export function readCsv(content: string): string[][] {
  return parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][]
}

/** A CSV export split where the spreadsheet shows it split: the table, then the lines after the blank record. */
export function readCsvExport(content: string): { table: string[][]; footer: string[][] } {
  const records = readCsv(content)
  const blank = records.findIndex((record) => record.length === 1 && record[0] === '')
  return blank < 0 ? { table: records, footer: [] } : { table: records.slice(0, blank), footer: records.slice(blank + 1) }
}

interface MdNode {
  type: string
  value?: string
  url?: string
  depth?: number
  children?: MdNode[]
  position?: { start: { offset?: number } }
}

export function parseMarkdown(markdown: string): MdNode {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as MdNode
}

/** The text a reader sees in a node (what mdast-util-to-string gives). */
export function nodeText(node: MdNode): string {
  if (node.type === 'html' && /^<br\s*\/?>$/i.test(node.value ?? '')) return '\n'
  return node.value ?? (node.children ?? []).map(nodeText).join('')
}

/** What a rendered cell shows: its lines, each plain text or a link written as `[label](url)`. */
export type CellLine = string | ExportLink

/**
 * A cell's lines split at `<br>`. A line that is one explicit link (`[label](url)` in the source)
 * reads as a link; a bare URL that GFM links on its own is text, as it was written.
 */
function cellLines(cell: MdNode, source: string): CellLine[] {
  const lines: MdNode[][] = [[]]
  for (const child of cell.children ?? []) {
    if (child.type === 'html' && nodeText(child) === '\n') lines.push([])
    else lines[lines.length - 1].push(child)
  }
  return lines.map((nodes) => {
    const explicit = nodes.filter((n) => n.type === 'link' && source[n.position?.start.offset ?? -1] === '[')
    if (explicit.length === 1 && nodes.every((n) => n === explicit[0] || nodeText(n).trim() === '')) {
      return { text: nodeText(explicit[0]), url: explicit[0].url ?? '' }
    }
    return nodes.map(nodeText).join('')
  })
}

function find(node: MdNode, type: string): MdNode[] {
  return [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((child) => find(child, type))]
}

/** A Markdown export as a renderer sees it: headings, the first table's cells (as lines), and the paragraphs after the rule. */
export function readMarkdownExport(markdown: string): { headings: string[]; header: CellLine[][]; rows: CellLine[][][]; footer: CellLine[] } {
  const root = parseMarkdown(markdown)
  const [table] = find(root, 'table')
  const [headerRow, ...bodyRows] = table?.children ?? []
  const toCells = (row: MdNode) => (row.children ?? []).map((cell) => cellLines(cell, markdown))
  const blocks = root.children ?? []
  const rule = blocks.findIndex((block) => block.type === 'thematicBreak')
  const footer = rule < 0 ? [] : blocks.slice(rule + 1).flatMap((block) => cellLines({ type: 'cell', children: (block.children ?? []).map((n) => (n.type === 'break' ? { type: 'html', value: '<br>' } : n)) }, markdown))
  return {
    headings: find(root, 'heading').map(nodeText),
    header: headerRow ? toCells(headerRow) : [],
    rows: bodyRows.map(toCells),
    footer,
  }
}

/** The footer's English phrases, as the renderer's translations give them. */
export const englishWording: FooterWording = {
  source: ({ name, revision, date }) => `Source: ${name}, revision ${revision}, ${date}`,
  sourceUndated: ({ name, date }) => `Source: ${name}, ${date}`,
  refreshed: ({ date }) => `refreshed on ${date}`,
  exported: ({ time, version }) => `Exported ${time} with Sandscape ${version}`,
  formatDate: (value) => value.slice(0, 10),
  formatTime: (value) => `${value.slice(0, 16).replace('T', ' ')} UTC`,
}

/** The bundled snapshot's source, as the generator writes it. */
export const snapshotSource: DatasetSource = {
  name: 'CNCF Landscape',
  url: 'https://github.com/cncf/landscape',
  revision: '153d699bddf74038d21775b14d09052f62021441',
  date: '2026-08-07',
  license: { ...LANDSCAPE_LICENSE },
}

/** An envelope over the snapshot, exported on 20 Nov 2026 by Sandscape 0.1.0. */
export function makeEnvelope(overrides: Partial<EnvelopeInputs> = {}): ExportEnvelope {
  return createEnvelope({
    source: snapshotSource,
    datasetVersion: '25b631e03028748e',
    exportedAt: '2026-11-20T14:03:00.000Z',
    appVersion: '0.1.0',
    ...overrides,
  }, englishWording)
}

/**
 * Values that break naive writers: separators and quotes of both formats, line breaks of every
 * kind, formula starts (= + - @ tab), Markdown syntax, HTML, entities, a Cyrillic word.
 */
export const HOSTILE_VALUES = [
  'Create, update and delete actions can be undone',
  'say "hi", then \'bye\'',
  'a | b || c',
  'first line\nsecond line',
  'windows\r\nline\rends',
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(A1:A2)',
  '-2',
  '@cmd',
  '\tindented',
  '*not emphasis* `not code` <b>not html</b> &amp; ~~struck~~',
  '[not a link](https://example.org) ![no image](x.png)',
  'back\\slash at the end\\',
  '# not a heading',
  '- not a list',
  '  spaced  out  ',
  'Прокси и шлюзы',
  'https://example.org/bare?a=1&b=2',
]

const TEXT_UNITS = [
  'a', 'b', 'Z', '7', ' ', ' ', ',', ';', '"', "'", '|', '\n', '\r', '\t', '=', '+', '-', '@', '*', '_', '`', '[', ']', '(', ')',
  '<', '>', '&', '#', '!', '~', '\\', '/', ':', '.', 'я', 'ё', '—', '›', '&amp;', 'www.', 'http://',
]

/** Any short text built from the characters writers get wrong. */
export const hostileText = fc.string({ unit: fc.constantFrom(...TEXT_UNITS), maxLength: 24 })

const exportValue: fc.Arbitrary<ExportValue> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  { weight: 2, arbitrary: fc.record({ text: hostileText, url: fc.webUrl({ withQueryParameters: true, withFragments: true }) }) },
)

/** Any cell: empty, one value, or a list of them. */
export const exportCell: fc.Arbitrary<ExportCell> = fc.oneof(
  fc.constantFrom(null, undefined),
  exportValue,
  fc.array(exportValue, { maxLength: 5 }),
)
