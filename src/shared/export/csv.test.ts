import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HOSTILE_VALUES, exportCell, hostileText, makeEnvelope, readCsv, readCsvExport } from '../testing/export'
import { csvField, csvTable } from './csv'
import { cellValues, singleLine, type ExportCell, type ExportTable } from './model'

const envelope = makeEnvelope()

/**
 * What a spreadsheet shows in a cell: one value per line; a lone value keeps its own lines (any
 * CR LF or CR read as LF); a link reads "label <url>", or the URL alone when it is its own label.
 * The formula guard's apostrophe is expected back: a field that starts with = + - @ or a tab
 * comes back with one "'" in front, which is what makes the spreadsheet show it as text.
 */
function expectedField(cell: ExportCell): string {
  const values = cellValues(cell)
  const text = values.map((value) => {
    if (typeof value === 'object') {
      const label = singleLine(value.text).trim()
      const bare = value.url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')
      return !label || label === value.url || label === bare ? value.url : `${label} <${value.url}>`
    }
    return values.length === 1 ? String(value) : singleLine(String(value))
  }).join('\n')
  return /^[=+\-@\t]/.test(text) ? `'${text}` : text
}

const table: ExportTable = {
  title: 'Sandbox UIs',
  columns: [{ id: 'attr', header: 'Attribute' }, { id: 'headlamp', header: 'Headlamp', multiple: true }, { id: 'k8sgpt', header: 'K8sGPT', multiple: true }],
  rows: [
    { attr: 'Highlights', headlamp: ['Create, update and delete actions can be undone', 'Runs in a cluster or on the desktop'], k8sgpt: 'Explains errors' },
    { attr: 'Links', headlamp: [{ text: 'Homepage', url: 'https://headlamp.dev/' }, { text: 'github.com/headlamp-k8s/headlamp', url: 'https://github.com/headlamp-k8s/headlamp' }], k8sgpt: [] },
    { attr: 'Stars', headlamp: 4200, k8sgpt: null },
  ],
}

describe('csvField', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
  })

  it('defuses fields a spreadsheet would run as formulas', () => {
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('+SUM(A1)')).toBe("'+SUM(A1)")
    expect(csvField('-2')).toBe("'-2")
    expect(csvField('@cmd')).toBe("'@cmd")
    expect(csvField('\tx')).toBe("'\tx")
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`)
  })
})

describe('CSV export', () => {
  it('writes the table, one blank line, then the attribution, source and export lines', () => {
    const csv = csvTable(table, envelope)
    expect(csv.startsWith('\uFEFFAttribute,Headlamp,K8sGPT\r\nHighlights,"Create, update and delete actions can be undone\nRuns in a cluster or on the desktop",Explains errors\r\n')).toBe(true)
    expect(csv.endsWith([
      '',
      '',
      '"Project data: CNCF Landscape (landscape.cncf.io), CC BY 4.0",https://creativecommons.org/licenses/by/4.0/',
      '"Source: CNCF Landscape, revision 153d699bddf74038d21775b14d09052f62021441, 2026-08-07",https://github.com/cncf/landscape',
      'Exported 2026-11-20 14:03 UTC with Sandscape 0.1.0',
      '',
    ].join('\r\n'))).toBe(true)

    const { table: records, footer } = readCsvExport(csv)
    expect(records).toEqual([
      ['Attribute', 'Headlamp', 'K8sGPT'],
      ['Highlights', 'Create, update and delete actions can be undone\nRuns in a cluster or on the desktop', 'Explains errors'],
      ['Links', 'Homepage <https://headlamp.dev/>\nhttps://github.com/headlamp-k8s/headlamp', ''],
      ['Stars', '4200', ''],
    ])
    expect(footer).toEqual([
      ['Project data: CNCF Landscape (landscape.cncf.io), CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/'],
      ['Source: CNCF Landscape, revision 153d699bddf74038d21775b14d09052f62021441, 2026-08-07', 'https://github.com/cncf/landscape'],
      ['Exported 2026-11-20 14:03 UTC with Sandscape 0.1.0'],
    ])
  })

  it('in "data only" mode is just the header row and the data rows', () => {
    const records = readCsv(csvTable(table, envelope, { dataOnly: true }))
    expect(records).toHaveLength(1 + table.rows.length)
    expect(records[0]).toEqual(['Attribute', 'Headlamp', 'K8sGPT'])
    expect(records.every((record) => record.length === 3)).toBe(true)
    expect(csvTable(table, envelope, { dataOnly: true }).endsWith('Stars,4200,\r\n')).toBe(true)
  })

  it('keeps every hostile value, one per line in a cell, with the guard\'s apostrophe as the only change', () => {
    const hostile: ExportTable = {
      title: 'Hostile',
      columns: [{ id: 'one', header: '=Header, "quoted"' }, { id: 'many', header: 'Many', multiple: true }],
      rows: HOSTILE_VALUES.map((value) => ({ one: value, many: [value, `${value} again`] })),
    }
    const { table: records } = readCsvExport(csvTable(hostile, envelope))
    expect(records[0]).toEqual([`'=Header, "quoted"`, 'Many'])
    expect(records.slice(1)).toEqual(hostile.rows.map((row) => [expectedField(row.one), expectedField(row.many)]))
    expect(records.slice(1).map((r) => r[0])).toContain(`'=HYPERLINK("http://evil.example","click")`)
    expect(records.slice(1).map((r) => r[0])).toContain('windows\nline\nends')
  })

  it('round-trips any cell (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(hostileText, exportCell), { minLength: 1, maxLength: 6 }), fc.boolean(), (rows, dataOnly) => {
      const generated: ExportTable = {
        title: 'Property',
        columns: [{ id: 'label', header: 'Label' }, { id: 'value', header: 'Value', multiple: true }],
        rows: rows.map(([label, value]) => ({ label, value })),
      }
      const records = readCsv(csvTable(generated, envelope, { dataOnly }))
      expect(records.slice(1, 1 + rows.length)).toEqual(generated.rows.map((row) => [expectedField(row.label), expectedField(row.value)]))
      expect(records.length).toBe(dataOnly ? 1 + rows.length : 1 + rows.length + 1 + envelope.footer.length)
    }), { numRuns: 300 })
  })
})
