import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportCell, hostileText, makeEnvelope } from '../testing/export'
import { jsonDocument, jsonTableData } from './json'
import { cellValues, type ExportTable } from './model'

const envelope = makeEnvelope()

const table: ExportTable = {
  title: 'Sandbox UIs',
  columns: [{ id: 'name', header: 'Name' }, { id: 'stars', header: 'Stars' }, { id: 'links', header: 'Links', multiple: true }],
  rows: [
    { name: 'Headlamp', stars: 4200, links: [{ text: 'Homepage', url: 'https://headlamp.dev/' }] },
    { name: 'K8sGPT', stars: null, links: [] },
    { name: ['Two', 'values'], stars: undefined, links: 'one' },
  ],
}

describe('JSON export', () => {
  it('puts the envelope in `meta` beside the data', () => {
    const parsed = JSON.parse(jsonDocument(jsonTableData(table), envelope))
    expect(Object.keys(parsed)).toEqual(['meta', 'title', 'columns', 'rows'])
    expect(parsed.meta).toEqual({
      attribution: 'Project data: CNCF Landscape (landscape.cncf.io), CC BY 4.0',
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      source: { name: 'CNCF Landscape', url: 'https://github.com/cncf/landscape', revision: '153d699bddf74038d21775b14d09052f62021441', date: '2026-08-07' },
      datasetVersion: '25b631e03028748e',
      exportedAt: '2026-11-20T14:03:00.000Z',
      app: { name: 'Sandscape', version: '0.1.0' },
    })
  })

  it('writes cells as values, lists as arrays, numbers as numbers, links as {text, url}, empty as null', () => {
    const parsed = JSON.parse(jsonDocument(jsonTableData(table), envelope))
    expect(parsed.columns).toEqual([{ id: 'name', header: 'Name' }, { id: 'stars', header: 'Stars' }, { id: 'links', header: 'Links' }])
    expect(parsed.rows).toEqual([
      { name: 'Headlamp', stars: 4200, links: [{ text: 'Homepage', url: 'https://headlamp.dev/' }] },
      { name: 'K8sGPT', stars: null, links: [] },
      { name: ['Two', 'values'], stars: null, links: ['one'] },
    ])
  })

  it('keeps a shaped format whole and refuses data that would hide the envelope', () => {
    const radar = { quadrants: [{ id: 'tools', name: 'Tools' }], rings: [], entries: [] }
    expect(JSON.parse(jsonDocument(radar, envelope))).toEqual({ meta: envelope.meta, ...radar })
    expect(() => jsonDocument({ meta: {} }, envelope)).toThrow(/meta/)
  })

  it('round-trips any cell exactly (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(hostileText, exportCell)), (rows) => {
      const generated: ExportTable = {
        title: 'Property',
        columns: [{ id: 'label', header: 'Label' }, { id: 'value', header: 'Value', multiple: true }],
        rows: rows.map(([label, value]) => ({ label, value })),
      }
      const parsed = JSON.parse(jsonDocument(jsonTableData(generated), envelope))
      expect(parsed.rows).toEqual(generated.rows.map((row) => ({ label: cellValues(row.label)[0] ?? null, value: cellValues(row.value) })))
    }), { numRuns: 200 })
  })

  it('refuses a table whose columns share an id, rather than lose one', () => {
    expect(() => jsonTableData({ title: 't', columns: [{ id: 'a', header: 'A' }, { id: 'a', header: 'B' }], rows: [] })).toThrow(/two columns/)
  })
})
