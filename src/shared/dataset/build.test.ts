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
  summary: { en: `Our words about ${id}.`, ru: `Наши слова о ${id}.`, sources: [{ kind: 'landscape' }] },
  highlights: [],
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

  it('pins landscape sources to the snapshot built from, and keeps the others and the article section', () => {
    const curation = curationFor(allIds)
    curation.set('quarry', {
      summary: { en: 'Q', ru: 'К', sources: [{ kind: 'landscape' }, { kind: 'url', url: 'https://quarry.example.org/docs/' }] },
      highlights: [{ en: 'h', ru: 'х', sources: [{ kind: 'article', section: 'Kepler' }] }],
      articleSection: 'Kepler',
    })
    const commit = { ...source, revision: '153d699bddf74038d21775b14d09052f62021441' }
    const quarry = buildDataset({ facts, curation, source: commit }).projects.find((p) => p.id === 'quarry')!
    expect(quarry.summary?.sources).toEqual([
      { kind: 'landscape', url: 'https://github.com/cncf/landscape/blob/153d699bddf74038d21775b14d09052f62021441/landscape.yml', date: '2026-08-07' },
      { kind: 'url', url: 'https://quarry.example.org/docs/' },
    ])
    expect(quarry.highlights[0].sources).toEqual([{ kind: 'article', section: 'Kepler' }])
    expect(quarry.articleSection).toBe('Kepler')
    const dimlight = buildDataset({ facts, curation, source }).projects.find((p) => p.id === 'dimlight')!
    // Not a commit: the link goes to the repository, not to a file at a revision that does not exist.
    expect(dimlight.summary?.sources).toEqual([{ kind: 'landscape', url: 'https://github.com/cncf/landscape', date: '2026-08-07' }])
    expect(dimlight).not.toHaveProperty('articleSection')
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
  const landscape = [{ kind: 'landscape' }]
  const article = (section: string) => [{ kind: 'article', section }]

  it('merges files and applies defaults', () => {
    const merged = mergeCuration([
      { name: 'a.json', content: { projects: { quarry: { summary: { en: 'Q', ru: 'К', sources: landscape } } } } },
      { name: 'b.json', content: { projects: { dimlight: { summary: { en: 'D', ru: 'Д', sources: landscape }, highlights: [{ en: 'h', ru: 'х', sources: article('kcp') }], articleSection: 'kcp' } } } },
    ])
    expect(merged.get('quarry')).toEqual({ summary: { en: 'Q', ru: 'К', sources: landscape }, highlights: [] })
    expect(merged.get('dimlight')?.articleSection).toBe('kcp')
  })

  it('rejects an id curated in two files, naming both', () => {
    expect(() => mergeCuration([
      { name: 'a.json', content: { projects: { quarry: { summary: { en: 'Q', ru: 'К', sources: landscape } } } } },
      { name: 'b.json', content: { projects: { quarry: { summary: { en: 'Q2', ru: 'К2', sources: landscape } } } } },
    ])).toThrow('b.json: "quarry" is already curated in a.json')
  })

  it('rejects malformed entries with the file and path', () => {
    const run = () => mergeCuration([{ name: 'bad.json', content: { projects: { quarry: { summary: { en: 'Q', sources: landscape } } } } }])
    expect(run).toThrow(CurationError)
    expect(run).toThrow(/bad\.json:\n {2}projects\.quarry\.summary\.ru/)
  })

  it('fails naming every statement without a source, across the file', () => {
    const run = () => mergeCuration([{ name: 'quiet.json', content: { projects: {
      quarry: { summary: { en: 'Q', ru: 'К', sources: landscape }, highlights: [{ en: 'a', ru: 'а', sources: landscape }, { en: 'b', ru: 'б' }] },
      dimlight: { summary: { en: 'D', ru: 'Д', sources: [] }, highlights: [{ en: 'c', ru: 'в' }] },
    } } }])
    expect(run).toThrow(CurationError)
    expect(run).toThrow('quiet.json: 3 curated statement(s) name no source: quarry highlight 2, dimlight summary, dimlight highlight 1')
  })

  it('accepts only sections the article has, and only http(s) pages', () => {
    const run = (sources: unknown) => () => mergeCuration([{ name: 'x.json', content: { projects: { quarry: { summary: { en: 'Q', ru: 'К', sources } } } } }])
    expect(run(article('KubeStellar'))).toThrow(/projects\.quarry\.summary\.sources\[0\]\.section/)
    expect(run([{ kind: 'url', url: 'javascript:alert(1)' }])).toThrow(/expected an http\(s\) URL/)
    expect(run([{ kind: 'rumour' }])).toThrow(CurationError)
  })
})
