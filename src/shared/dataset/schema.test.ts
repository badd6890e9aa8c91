import { describe, expect, it } from 'vitest'
import { makeDataset, makeProject } from '../testing/fixtures'
import { DATASET_SCHEMA_VERSION, parseDataset } from './schema'

// Loose JSON on purpose: each case breaks the document in its own way.
const valid = () => JSON.parse(JSON.stringify(makeDataset([makeProject({ id: 'alpha' }), makeProject({ id: 'beta', maturity: 'graduated' })])))
type Doc = ReturnType<typeof valid>

describe('dataset schema', () => {
  it('accepts a valid document', () => {
    const result = parseDataset(valid())
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.projects.map((p) => p.id)).toEqual(['alpha', 'beta'])
  })

  it.each([
    ['an empty Russian summary', (d: Doc) => { d.projects[1].summary.ru = ' ' }, 'projects[1].summary.ru: Russian text is empty'],
    ['an unknown maturity', (d: Doc) => { d.projects[0].maturity = 'beta' }, 'projects[0].maturity'],
    ['a javascript: link', (d: Doc) => { d.projects[0].links.homepage = 'javascript:alert(1)' }, 'projects[0].links.homepage: expected an http(s) URL'],
    ['an impossible date', (d: Doc) => { d.projects[0].dates.accepted = '2023-02-30' }, 'projects[0].dates.accepted: not a calendar date'],
    ['a date in another format', (d: Doc) => { d.projects[0].dates.accepted = '17/05/2023' }, 'projects[0].dates.accepted: expected a date as YYYY-MM-DD'],
    ['a bad id', (d: Doc) => { d.projects[0].id = 'Not A Slug' }, 'projects[0].id: expected a kebab-case id'],
    ['duplicate ids', (d: Doc) => { d.projects[1].id = 'alpha' }, 'projects[1].id: duplicate project id "alpha"'],
    ['an unknown field', (d: Doc) => { d.projects[0].surprise = true }, 'projects[0]'],
    ['a missing licence', (d: Doc) => { delete d.source.license }, 'source.license'],
  ])('rejects %s with the path in the message', (_name, mutate, expected) => {
    const doc = valid()
    mutate(doc)
    const result = parseDataset(doc)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain(expected)
  })

  it('rejects a newer schema version with an upgrade hint', () => {
    const doc = valid()
    doc.schemaVersion = DATASET_SCHEMA_VERSION + 1
    const result = parseDataset(doc)
    expect(result).toEqual({ ok: false, error: expect.stringContaining('newer than this app understands') })
  })

  it('rejects things that are not datasets at all', () => {
    for (const input of [null, 42, 'dataset', [], {}]) expect(parseDataset(input).ok).toBe(false)
  })
})
