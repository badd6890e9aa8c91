import { describe, expect, it } from 'vitest'
import { csvField, exportFileName, toCsv, toMarkdownDocument, toMarkdownTable, type ExportTable } from './export'

const table: ExportTable = {
  title: 'Proxies | 2026',
  headers: ['Attribute', 'Envoy', 'Contour'],
  rows: [
    { label: 'Maturity', values: ['Graduated', 'Incubating'] },
    { label: 'Tags', values: ['proxy|edge', 'ingress\ngateway'] },
    { label: 'Note', values: ['=HYPERLINK("http://evil")', ''] },
  ],
}

describe('Markdown export', () => {
  it('writes a GFM table, escaping pipes and newlines', () => {
    expect(toMarkdownTable(table)).toBe([
      '| Attribute | Envoy | Contour |',
      '| --- | --- | --- |',
      '| Maturity | Graduated | Incubating |',
      '| Tags | proxy\\|edge | ingress<br>gateway |',
      '| Note | =HYPERLINK("http://evil") |   |',
    ].join('\n'))
  })

  it('titles the document', () => {
    expect(toMarkdownDocument(table).startsWith('# Proxies | 2026\n\n| Attribute |')).toBe(true)
  })
})

describe('CSV export', () => {
  it('quotes commas, quotes and newlines, with CRLF line ends', () => {
    expect(toCsv({ title: 't', headers: ['a', 'b'], rows: [{ label: 'x,y', values: ['say "hi"\nthen'] }] }))
      .toBe('a,b\r\n"x,y","say ""hi""\nthen"\r\n')
  })

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField('+SUM(A1)')).toBe("'+SUM(A1)")
    expect(csvField('-2')).toBe("'-2")
    expect(csvField('@cmd')).toBe("'@cmd")
    expect(toCsv(table)).toContain(`"'=HYPERLINK(""http://evil"")"`)
  })
})

describe('exportFileName', () => {
  it('never yields a path', () => {
    expect(exportFileName('../../etc/passwd', 'md')).toBe('etc-passwd.md')
    expect(exportFileName('Прокси и шлюзы', 'csv')).toBe('Прокси-и-шлюзы.csv')
    expect(exportFileName('***', 'csv')).toBe('comparison.csv')
  })
})
