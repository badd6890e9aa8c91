import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HOSTILE_VALUES, exportCell, hostileText, makeEnvelope, parseMarkdown, readMarkdownExport, type CellLine } from '../testing/export'
import { markdownDocument, markdownTable, markdownTableDocument } from './markdown'
import { cellValues, singleLine, type ExportCell, type ExportTable } from './model'

const envelope = makeEnvelope()

/**
 * What a Markdown renderer shows for a cell: one line per value; a lone value keeps its own
 * lines. Spaces and tabs at the ends of a line are gone (renderers trim them); a break inside one
 * of several values reads as a space.
 */
function expectedLines(cell: ExportCell): CellLine[] {
  const values = cellValues(cell)
  const trim = (text: string) => text.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '')
  const lines = values.flatMap((value): CellLine[] => {
    if (typeof value === 'object') return [{ text: trim(singleLine(value.text)) || value.url, url: value.url }]
    const text = String(value)
    return (values.length === 1 ? text.split('\n') : [singleLine(text)]).map(trim)
  })
  return lines.length === 1 && lines[0] === '' ? [] : lines
}

const readCell = (lines: CellLine[]) => (lines.length === 1 && lines[0] === '' ? [] : lines)

const headlamp: ExportTable = {
  title: 'UIs | dashboards #',
  columns: [{ id: 'attr', header: 'Attribute' }, { id: 'headlamp', header: 'Headlamp', multiple: true }, { id: 'k8sgpt', header: 'K8sGPT', multiple: true }],
  rows: [
    { attr: 'Highlights', headlamp: ['Create, update and delete actions can be undone', 'Plugins | extensions'], k8sgpt: 'Explains errors in plain English' },
    { attr: 'Links', headlamp: [{ text: 'Homepage', url: 'https://headlamp.dev/' }, { text: 'Docs (v1)', url: 'https://example.org/a_(b)|c' }], k8sgpt: [] },
    { attr: 'Stars', headlamp: 4200, k8sgpt: null },
  ],
}

describe('Markdown table', () => {
  it('puts each value on its own line, never a comma join, and links as [label](url)', () => {
    const lines = markdownTable(headlamp).split('\n')
    expect(lines[0]).toBe('| Attribute | Headlamp | K8sGPT |')
    expect(lines[2]).toBe('| Highlights | Create, update and delete actions can be undone<br>Plugins \\| extensions | Explains errors in plain English |')
    expect(lines[3]).toBe('| Links | [Homepage](https://headlamp.dev/)<br>[Docs (v1)](https://example.org/a_\\(b\\)\\|c) |   |')
  })

  it('reads back cell by cell with a CommonMark + GFM parser', () => {
    const read = readMarkdownExport(markdownTableDocument(headlamp, envelope))
    expect(read.headings).toEqual(['UIs | dashboards #'])
    expect(read.header.map(readCell)).toEqual([['Attribute'], ['Headlamp'], ['K8sGPT']])
    expect(read.rows.map((row) => row.map(readCell))).toEqual(headlamp.rows.map((row) => headlamp.columns.map((c) => expectedLines(row[c.id]))))
    expect(read.rows[0][1]).toEqual(['Create, update and delete actions can be undone', 'Plugins | extensions'])
    expect(read.rows[1][1]).toEqual([{ text: 'Homepage', url: 'https://headlamp.dev/' }, { text: 'Docs (v1)', url: 'https://example.org/a_(b)|c' }])
  })

  it('writes a link that is not http(s) as text, never clickable', () => {
    const table: ExportTable = { title: 't', columns: [{ id: 'a', header: 'A' }], rows: [{ a: { text: 'Click', url: 'javascript:alert(1)' } }] }
    const read = readMarkdownExport(markdownTableDocument(table, envelope))
    expect(read.rows[0][0]).toEqual(['Click <javascript:alert(1)>'])
  })

  it('keeps every hostile value as written: commas, quotes, pipes, newlines, formula starts, Markdown syntax', () => {
    const table: ExportTable = {
      title: 'Hostile',
      columns: [{ id: 'one', header: 'One value' }, { id: 'many', header: 'Many values', multiple: true }],
      rows: HOSTILE_VALUES.map((value) => ({ one: value, many: [value, `${value} again`] })),
    }
    const read = readMarkdownExport(markdownTableDocument(table, envelope))
    expect(read.rows.map((row) => row.map(readCell))).toEqual(table.rows.map((row) => [expectedLines(row.one), expectedLines(row.many)]))
    // Values the parser would otherwise turn into emphasis, code, HTML or entities come back as text.
    expect(read.rows.map((row) => row[0])).toContainEqual(['*not emphasis* `not code` <b>not html</b> &amp; ~~struck~~'])
  })

  it('round-trips any cell (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(hostileText, exportCell), { minLength: 1, maxLength: 6 }), (rows) => {
      const table: ExportTable = {
        title: 'Property',
        columns: [{ id: 'label', header: 'Label' }, { id: 'value', header: 'Value', multiple: true }],
        rows: rows.map(([label, value]) => ({ label, value })),
      }
      const read = readMarkdownExport(markdownTableDocument(table, envelope))
      expect(read.rows.map((row) => row.map(readCell))).toEqual(table.rows.map((row) => [expectedLines(row.label), expectedLines(row.value)]))
    }), { numRuns: 300 })
  })
})

describe('Markdown document', () => {
  it('ends with a short footer: attribution with its link, source revision and date, export time, app version', () => {
    const markdown = markdownTableDocument(headlamp, envelope)
    expect(markdown.endsWith([
      '---',
      '',
      '[Project data: CNCF Landscape (landscape.cncf.io), CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)\\',
      '[Source: CNCF Landscape, revision 153d699bddf74038d21775b14d09052f62021441, 2026-08-07](https://github.com/cncf/landscape)\\',
      'Exported 2026-11-20 14:03 UTC with Sandscape 0.1.0',
      '',
    ].join('\n'))).toBe(true)
    expect(readMarkdownExport(markdown).footer).toEqual([
      { text: 'Project data: CNCF Landscape (landscape.cncf.io), CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      { text: 'Source: CNCF Landscape, revision 153d699bddf74038d21775b14d09052f62021441, 2026-08-07', url: 'https://github.com/cncf/landscape' },
      'Exported 2026-11-20 14:03 UTC with Sandscape 0.1.0',
    ])
  })

  it('carries a free-form body (a dossier) between its title and the footer', () => {
    const body = '## Facts\n\n- Accepted 2023\n- Sandbox\n\nSome *emphasis* kept as the author wrote it.'
    const markdown = markdownDocument({ title: 'Headlamp dossier', body }, envelope)
    const root = parseMarkdown(markdown)
    expect(root.children?.map((block) => block.type)).toEqual(['heading', 'heading', 'list', 'paragraph', 'thematicBreak', 'paragraph'])
    expect(markdown.startsWith(`# Headlamp dossier\n\n${body}\n\n---\n\n`)).toBe(true)
  })

  it('escapes a title and footer lines that would otherwise change the document\'s structure', () => {
    const hostile = makeEnvelope({ appVersion: '1.0.0' })
    hostile.footer.push({ text: '# not a heading' }, { text: '1. not a list' }, { text: '> not a quote' })
    const markdown = markdownDocument({ title: 'C# ###', body: 'Body' }, hostile)
    const read = readMarkdownExport(markdown)
    expect(read.headings).toEqual(['C# ###'])
    expect(read.footer.slice(3)).toEqual(['# not a heading', '1. not a list', '> not a quote'])
  })
})
