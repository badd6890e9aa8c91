import { describe, expect, it } from 'vitest'
import { makeEnvelope, readCsvExport, readMarkdownExport } from '../testing/export'
import type { ExportTable } from './model'
import { exportFileName, renderExport } from './render'

const envelope = makeEnvelope()
const table: ExportTable = { title: 'Proxies / 2026', columns: [{ id: 'name', header: 'Name' }], rows: [{ name: 'Envoy' }] }

describe('renderExport', () => {
  it('writes a table in each format, each inside the envelope', () => {
    const md = renderExport({ kind: 'table', format: 'md', table }, envelope)
    expect(md).toMatchObject({ fileName: 'Proxies-2026.md', filter: { name: 'Markdown', extensions: ['md'] } })
    expect(readMarkdownExport(md.content).footer).toHaveLength(3)

    const csv = renderExport({ kind: 'table', format: 'csv', table }, envelope)
    expect(csv).toMatchObject({ fileName: 'Proxies-2026.csv', filter: { name: 'CSV', extensions: ['csv'] } })
    expect(readCsvExport(csv.content).footer).toHaveLength(3)
    expect(readCsvExport(renderExport({ kind: 'table', format: 'csv', table }, envelope, { dataOnly: true }).content).footer).toEqual([])

    const json = renderExport({ kind: 'table', format: 'json', table }, envelope)
    expect(json).toMatchObject({ fileName: 'Proxies-2026.json', filter: { name: 'JSON', extensions: ['json'] } })
    expect(JSON.parse(json.content).meta).toEqual(envelope.meta)
  })

  it('writes a free-form Markdown document and shaped JSON with the same envelope', () => {
    const dossier = renderExport({ kind: 'markdown', title: 'Envoy dossier', body: 'Facts.' }, envelope)
    expect(dossier.fileName).toBe('Envoy-dossier.md')
    expect(dossier.content).toMatch(/^# Envoy dossier\n\nFacts\.\n\n---\n\n/)
    const radar = renderExport({ kind: 'json', title: 'Radar', data: { entries: [] } }, envelope)
    expect(JSON.parse(radar.content)).toEqual({ meta: envelope.meta, entries: [] })
  })
})

describe('exportFileName', () => {
  it('never yields a path', () => {
    expect(exportFileName('../../etc/passwd', 'md')).toBe('etc-passwd.md')
    expect(exportFileName('Прокси и шлюзы', 'csv')).toBe('Прокси-и-шлюзы.csv')
    expect(exportFileName('***', 'json')).toBe('sandscape-export.json')
    expect(exportFileName(`${'a'.repeat(79)} b`, 'md')).toBe(`${'a'.repeat(79)}.md`)
  })
})
