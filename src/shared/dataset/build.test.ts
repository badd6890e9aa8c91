import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { normalizeLandscapeYaml } from '../landscape/landscape-yml'
import { buildDataset, DatasetBuildError, serializeDataset } from './build'
import { mergeCuration, CurationError } from './curation'
import type { ProjectCuration } from './schema'

const fixture = readFileSync(new URL('../landscape/fixtures/landscape.fixture.yml', import.meta.url), 'utf8')
const source = { name: 'CNCF Landscape', url: 'https://github.com/cncf/landscape', revision: 'fixture', date: '2026-08-07' }
const entry = (id: string): ProjectCuration => ({
  summary: { en: `Our words about ${id}.`, ru: `Наши слова о ${id}.` },
  highlights: [],
  intake2023: false,
})
const curationFor = (ids: string[]) => new Map(ids.map((id) => [id, entry(id)]))
const { projects: facts } = normalizeLandscapeYaml(fixture)
const allIds = facts.map((p) => p.id)

describe('buildDataset', () => {
  it('joins facts and curation into a valid, sorted dataset', () => {
    const dataset = buildDataset({ facts, curation: curationFor(allIds), source })
    expect(dataset.projects.map((p) => p.id)).toEqual([...allIds].sort())
    expect(dataset.projects[0].summary?.en).toBe('Our words about dimlight.')
    expect(dataset.source.license.name).toBe('CC BY 4.0')
    expect(dataset.version).toMatch(/^[0-9a-f]{16}$/)
  })

  it('is deterministic: two builds give identical bytes', () => {
    const first = serializeDataset(buildDataset({ facts, curation: curationFor(allIds), source }))
    const again = normalizeLandscapeYaml(fixture).projects
    const second = serializeDataset(buildDataset({ facts: [...again].reverse(), curation: curationFor([...allIds].reverse()), source }))
    expect(second).toBe(first)
  })

  it('changes the version when any fact changes', () => {
    const a = buildDataset({ facts, curation: curationFor(allIds), source })
    const b = buildDataset({ facts: facts.map((p) => (p.id === 'quarry' ? { ...p, maturity: 'incubating' as const } : p)), curation: curationFor(allIds), source })
    expect(b.version).not.toBe(a.version)
  })

  it('fails loudly, naming the projects that lack a curated summary', () => {
    const run = () => buildDataset({ facts, curation: curationFor(['quarry', 'slug-o']), source })
    expect(run).toThrow(DatasetBuildError)
    expect(run).toThrow(/2 CNCF project\(s\) lack a curated summary: dimlight \(Dimlight\), lighthouse-registry \(Lighthouse \(Registry\)\)/)
  })

  it('fails loudly, naming curation entries that match no project', () => {
    expect(() => buildDataset({ facts, curation: curationFor([...allIds, 'ghost', 'phantom']), source }))
      .toThrow(/2 curation entries name no CNCF project: ghost, phantom/)
  })

  it('is complete: every item with a top-level project field is in the output with its maturity', () => {
    const doc = parse(fixture) as { landscape: { subcategories: { items: { name: string; project?: string; slug?: string }[] }[] }[] }
    const expected = doc.landscape.flatMap((c) => c.subcategories.flatMap((s) => s.items))
      .filter((item) => item.project !== undefined)
      .map((item) => [item.name, item.project])
    const dataset = buildDataset({ facts, curation: curationFor(allIds), source })
    expect(dataset.projects.map((p) => [p.name, p.maturity]).sort()).toEqual(expected.sort())
  })
})

describe('mergeCuration', () => {
  it('merges files and applies defaults', () => {
    const merged = mergeCuration([
      { name: 'a.json', content: { projects: { quarry: { summary: { en: 'Q', ru: 'К' } } } } },
      { name: 'b.json', content: { projects: { dimlight: { summary: { en: 'D', ru: 'Д' }, highlights: [{ en: 'h', ru: 'х' }], intake2023: true } } } },
    ])
    expect(merged.get('quarry')).toEqual({ summary: { en: 'Q', ru: 'К' }, highlights: [], intake2023: false })
    expect(merged.get('dimlight')?.intake2023).toBe(true)
  })

  it('rejects an id curated in two files, naming both', () => {
    expect(() => mergeCuration([
      { name: 'a.json', content: { projects: { quarry: { summary: { en: 'Q', ru: 'К' } } } } },
      { name: 'b.json', content: { projects: { quarry: { summary: { en: 'Q2', ru: 'К2' } } } } },
    ])).toThrow('b.json: "quarry" is already curated in a.json')
  })

  it('rejects malformed entries with the file and path', () => {
    const run = () => mergeCuration([{ name: 'bad.json', content: { projects: { quarry: { summary: { en: 'Q' } } } } }])
    expect(run).toThrow(CurationError)
    expect(run).toThrow(/bad\.json:\n {2}projects\.quarry\.summary\.ru/)
  })
})
