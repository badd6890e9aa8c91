import { describe, expect, it } from 'vitest'
import { renderExport } from '../export/render'
import { makeProject } from '../testing/fixtures'
import { makeEnvelope, readCsvExport, readMarkdownExport } from '../testing/export'
import { compareRows, type ProjectUserData } from './compare'
import { ATTRIBUTE_COLUMN, compareCellValues, compareExportTable } from './export'

const highlight = (en: string) => ({ en, ru: `${en} (ru)`, sources: [{ kind: 'article' as const, section: 'Headlamp' as const }] })
const headlamp = makeProject({
  id: 'headlamp',
  tags: ['dashboard', 'ui'],
  highlights: [highlight('Create, update and delete actions can be undone'), highlight('Plugins extend it | in place')],
  links: { homepage: 'https://headlamp.dev/', documentation: 'https://headlamp.dev/docs/' },
})
const sops = makeProject({ id: 'sops', maturity: 'incubating', dates: { accepted: '2023-05-17', incubating: '2024-01-02' }, highlights: [highlight('=Encrypts values, not keys')] })

const rows = compareRows([headlamp, sops], new Map<string, ProjectUserData>(), {
  language: 'en',
  maturityLabel: (m) => m,
  linkLabel: (kind) => ({ homepage: 'Homepage', documentation: 'Documentation' })[kind] ?? kind,
  formatDate: (d) => d,
  sourceLabel: (s) => (s.kind === 'article' ? `source: article, ${s.section}` : `source: ${s.url}`),
})
const table = compareExportTable({
  title: 'UIs, secrets',
  attributeHeader: 'Attribute',
  projects: [headlamp, sops],
  rows,
  rowLabel: ({ id }) => id[0].toUpperCase() + id.slice(1),
})
const rowOf = (id: string) => rows.findIndex((row) => row.id === id)

describe('Compare export', () => {
  it('exports each value of a cell on its own: links with their URLs, list items, or the text', () => {
    const links = rows[rowOf('links')].cells[0]
    expect(compareCellValues(links)).toEqual([{ text: 'Homepage', url: 'https://headlamp.dev/' }, { text: 'Documentation', url: 'https://headlamp.dev/docs/' }])
    // Highlights export with their sources, one value each, commas and pipes included.
    expect(compareCellValues(rows[rowOf('highlights')].cells[0])).toEqual(['Create, update and delete actions can be undone (source: article, Headlamp)', 'Plugins extend it | in place (source: article, Headlamp)'])
    expect(compareCellValues(rows[rowOf('maturity')].cells[1])).toEqual(['incubating'])
    expect(compareCellValues({ text: '' })).toEqual([])
  })

  it('has an attribute column, then one list column per project in the order shown', () => {
    expect(table.columns).toEqual([
      { id: ATTRIBUTE_COLUMN, header: 'Attribute' },
      { id: 'headlamp', header: 'Headlamp', multiple: true },
      { id: 'sops', header: 'Sops', multiple: true },
    ])
    expect(table.rows.map((row) => row[ATTRIBUTE_COLUMN])).toEqual(rows.map((row) => row.id[0].toUpperCase() + row.id.slice(1)))
  })

  it('reads back from CSV with each highlight on its own line, then the attribution, snapshot and export time', () => {
    const { table: records, footer } = readCsvExport(renderExport({ kind: 'table', format: 'csv', table }, makeEnvelope()).content)
    expect(records[0]).toEqual(['Attribute', 'Headlamp', 'Sops'])
    const highlights = records[rowOf('highlights') + 1]
    expect(highlights[1].split('\n')).toEqual(['Create, update and delete actions can be undone (source: article, Headlamp)', 'Plugins extend it | in place (source: article, Headlamp)'])
    expect(highlights[2]).toBe("'=Encrypts values, not keys (source: article, Headlamp)")
    expect(records[rowOf('links') + 1][1].split('\n')).toEqual(['Homepage <https://headlamp.dev/>', 'Documentation <https://headlamp.dev/docs/>'])
    expect(footer.map((line) => line[0])).toEqual([
      'Project data: CNCF Landscape (landscape.cncf.io), CC BY 4.0',
      'Source: CNCF Landscape, revision 153d699bddf74038d21775b14d09052f62021441, 2026-08-07',
      'Exported 2026-11-20 14:03 UTC with Sandscape 0.1.0',
    ])
  })

  it('reads back from Markdown with each highlight on its own line and links as [label](url)', () => {
    const read = readMarkdownExport(renderExport({ kind: 'table', format: 'md', table }, makeEnvelope()).content)
    expect(read.headings).toEqual(['UIs, secrets'])
    expect(read.rows[rowOf('highlights')]).toEqual([['Highlights'], ['Create, update and delete actions can be undone (source: article, Headlamp)', 'Plugins extend it | in place (source: article, Headlamp)'], ['=Encrypts values, not keys (source: article, Headlamp)']])
    expect(read.rows[rowOf('links')][1]).toEqual([{ text: 'Homepage', url: 'https://headlamp.dev/' }, { text: 'Documentation', url: 'https://headlamp.dev/docs/' }])
    expect(read.footer.at(-1)).toBe('Exported 2026-11-20 14:03 UTC with Sandscape 0.1.0')
  })
})
