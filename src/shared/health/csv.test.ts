import { parse as parseWithCsvParse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CsvFormatError, parseCsv } from './csv'

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, empty fields and both line ends', () => {
    expect(parseCsv('a,"b,c",,"say ""hi"""\r\n1,2,3,4\n\nx\n')).toEqual([['a', 'b,c', '', 'say "hi"'], ['1', '2', '3', '4'], ['x']])
  })

  it('keeps line breaks inside quotes and drops a byte order mark', () => {
    expect(parseCsv('\uFEFFh1,h2\n"two\nlines",z')).toEqual([['h1', 'h2'], ['two\nlines', 'z']])
  })

  it('refuses an unclosed quote and input past its limits', () => {
    expect(() => parseCsv('a,"open')).toThrow(CsvFormatError)
    expect(() => parseCsv('a,b,c', { maxRows: 10, maxFields: 2, maxFieldLength: 10 })).toThrow(/more than 2 fields/)
    expect(() => parseCsv('a\nb\nc', { maxRows: 2, maxFields: 10, maxFieldLength: 10 })).toThrow(/more than 2 rows/)
    expect(() => parseCsv('abcdef', { maxRows: 2, maxFields: 10, maxFieldLength: 5 })).toThrow(/longer than 5/)
  })

  it('reads what csv-parse reads, for any table of strings written as RFC 4180', () => {
    const cell = fc.string({ maxLength: 12 })
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (table) => {
      const width = table[0].length
      const rows = table.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''))
      const text = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n')
      expect(parseCsv(text)).toEqual(parseWithCsvParse(text, { relax_column_count: true }))
    }))
  })

  it('never hangs or throws anything but a format error on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      try {
        expect(Array.isArray(parseCsv(text))).toBe(true)
      } catch (error) {
        expect(error).toBeInstanceOf(CsvFormatError)
      }
    }))
  })
})
