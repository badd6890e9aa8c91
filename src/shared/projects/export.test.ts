import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeDataset } from '../testing/fixtures'
import { createExportEnvelope, exportFileName, renderViewExport, type ExportTable } from './export'

const source = makeDataset([]).source
const envelope = createExportEnvelope(source, '2026-08-07T10:00:00.000Z', [
  { text: source.license.attribution, url: source.license.url },
  { text: 'CNCF Landscape, fixture, 7 Aug 2026', url: source.url },
])
const table: ExportTable = {
  title: 'Sandbox, accepted 2023',
  columns: [{ id: 'name', header: 'Name' }, { id: 'daysInStage', header: 'Days in stage' }, { id: 'summary', header: 'Summary' }],
  rows: [
    { name: 'Headlamp', daysInStage: 1178, summary: 'A Kubernetes UI | with plugins' },
    { name: '=HYPERLINK("http://evil")', daysInStage: null, summary: '+1, "quoted"\nsecond line' },
  ],
}

/** An RFC 4180 reader, to read back what the export wrote. */
function readCsv(text: string): string[][] {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++ } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') { record.push(field); field = '' } else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++ } else field += c
  }
  return records
}

describe('the Projects view export', () => {
  it('writes CSV with the columns and rows shown, then the attribution', () => {
    const { content, fileName, filter } = renderViewExport(table, 'csv', envelope)
    expect(fileName).toBe('Sandbox-accepted-2023.csv')
    expect(filter.extensions).toEqual(['csv'])
    expect(content.startsWith('\uFEFF')).toBe(true)
    const records = readCsv(content.slice(1))
    expect(records[0]).toEqual(['Name', 'Days in stage', 'Summary'])
    expect(records[1]).toEqual(['Headlamp', '1178', 'A Kubernetes UI | with plugins'])
    expect(records[3]).toEqual([''])
    expect(records[4]).toEqual([source.license.attribution, source.license.url])
  })

  it('guards CSV against formula injection', () => {
    const records = readCsv(renderViewExport(table, 'csv', envelope).content.slice(1))
    expect(records[2][0]).toBe('\'=HYPERLINK("http://evil")')
    expect(records[2][2]).toBe('\'+1, "quoted" second line')
  })

  it('writes a Markdown table whose cells cannot break out', () => {
    const { content } = renderViewExport(table, 'md', envelope)
    const lines = content.split('\n')
    expect(lines[0]).toBe('# Sandbox, accepted 2023')
    expect(lines[2]).toBe('| Name | Days in stage | Summary |')
    expect(lines[4]).toBe('| Headlamp | 1178 | A Kubernetes UI \\| with plugins |')
    expect(content).toContain(`[${source.license.attribution}](<${source.license.url}>)`)
    for (const line of lines.slice(2, 6)) expect(line.split(/(?<!\\)\|/).length).toBe(5)
  })

  it('writes JSON with the envelope as meta, numbers as numbers, empty cells as null', () => {
    const doc = JSON.parse(renderViewExport(table, 'json', envelope).content)
    expect(doc.meta).toMatchObject({ attribution: source.license.attribution, source: { revision: 'fixture' }, exportedAt: '2026-08-07T10:00:00.000Z' })
    expect(doc.columns.map((c: { id: string }) => c.id)).toEqual(['name', 'daysInStage', 'summary'])
    expect(doc.rows[0]).toEqual({ name: 'Headlamp', daysInStage: 1178, summary: 'A Kubernetes UI | with plugins' })
    expect(doc.rows[1].daysInStage).toBeNull()
  })

  it('never names a file with a path', () => {
    expect(exportFileName('../../etc/passwd', 'json')).toBe('etc-passwd.json')
    expect(exportFileName('///', 'md')).toBe('sandscape-projects.md')
  })

  it('reads back any table from its CSV (property-based)', () => {
    const cell = fc.oneof(fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, ' ')), fc.integer({ min: 0, max: 1e6 }))
    fc.assert(fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 10 }), (cells) => {
      const t: ExportTable = { title: 't', columns: [{ id: 'a', header: 'A' }, { id: 'b', header: 'B' }], rows: cells.map(([a, b]) => ({ a, b })) }
      const records = readCsv(renderViewExport(t, 'csv', envelope).content.slice(1))
      // What a spreadsheet would run as a formula comes back with the guard's apostrophe; the rest as written.
      const guarded = (value: string | number) => (/^[=+\-@\t\r]/.test(String(value)) ? `'${value}` : String(value))
      expect(records.slice(1, 1 + cells.length)).toEqual(cells.map(([a, b]) => [guarded(a), guarded(b)]))
    }))
  })
})
