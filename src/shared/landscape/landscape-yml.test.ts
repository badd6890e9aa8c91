import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normalizeLandscapeDocument, normalizeLandscapeYaml, LandscapeFormatError } from './landscape-yml'

const fixture = readFileSync(new URL('./fixtures/landscape.fixture.yml', import.meta.url), 'utf8')

describe('normalizeLandscapeYaml', () => {
  const { projects, warnings } = normalizeLandscapeYaml(fixture)
  const byId = Object.fromEntries(projects.map((p) => [p.id, p]))

  it('keeps exactly the items with a top-level project maturity, sorted by id', () => {
    expect(projects.map((p) => [p.id, p.maturity])).toEqual([
      ['dimlight', 'archived'],
      ['lighthouse-registry', 'graduated'],
      ['quarry', 'sandbox'],
      ['slug-o', 'incubating'],
    ])
  })

  it('reads unquoted and quoted dates alike', () => {
    expect(byId.quarry.dates).toEqual({ accepted: '2022-03-09' })
    expect(byId['lighthouse-registry'].dates).toEqual({ accepted: '2018-07-31', incubating: '2018-11-13', graduated: '2020-06-23' })
    expect(byId.dimlight.dates).toEqual({ accepted: '2019-01-15', incubating: '2020-02-02', archived: '2024-12-20', joined: '2019-10-11' })
  })

  it('accepts dates a YAML 1.1 parser turned into Date objects', () => {
    const doc = { landscape: [{ name: 'C', subcategories: [{ name: 'S', items: [
      { name: 'Dated', project: 'sandbox', extra: { accepted: new Date('2021-09-14T00:00:00Z') } },
    ] }] }] }
    expect(normalizeLandscapeDocument(doc).projects[0].dates.accepted).toBe('2021-09-14')
  })

  it('builds primary and additional repositories, and tolerates a missing repo_url', () => {
    expect(byId.quarry.repositories).toEqual([
      { url: 'https://github.com/quarry-dev/quarry', branch: 'main', primary: true },
      { url: 'https://github.com/quarry-dev/quarry-operator', branch: 'main', primary: false },
      { url: 'https://github.com/quarry-dev/quarry-sdk', primary: false },
    ])
    expect(byId.dimlight.repositories).toEqual([])
  })

  it('reads second_path placements, lists, links and identifiers', () => {
    const q = byId.quarry
    expect(q.extraPlacements).toEqual([{ category: 'Runtime', subcategory: 'Cloud Native Storage' }])
    expect(q.tags).toEqual(['storage', 'Go', 'kubernetes'])
    expect(q.personas).toEqual(['Platform Engineers', 'SREs'])
    expect(q.integrations).toEqual(['Prometheus', 'Helm'])
    expect(q.links).toEqual({
      homepage: 'https://quarry.example.org/',
      slack: 'https://cloud-native.slack.com/messages/quarry',
      devstats: 'https://quarry.devstats.cncf.io/',
      twitter: 'https://twitter.com/quarrydev',
    })
    expect(q).toMatchObject({ chatChannel: '#quarry', clomonitorName: 'quarry', lfxSlug: 'quarry', logo: 'quarry.svg' })
    expect(byId.dimlight.integrations).toEqual(['Grafana', 'Loki'])
  })

  it('makes chips only from lists of short names: free text gives none and is never split', () => {
    expect(byId['slug-o'].tags).toEqual(['tracing', 'Rust', 'logs'])
    expect(byId['slug-o'].personas).toEqual([])
    expect(byId['slug-o'].integrations).toEqual([])
    expect(warnings).toContain('Slug Override summary_personas: free text, not a list of names; no chips made from it')
    expect(warnings).toContain('Slug Override summary_integrations: free text, not a list of names; no chips made from it')
  })

  it('ignores unknown and misspelt extra keys instead of failing', () => {
    expect(JSON.stringify(byId.quarry)).not.toContain('typo.example.org')
    expect(JSON.stringify(byId.quarry)).not.toContain('Upstream words')
  })

  it('keeps audits and other links, dropping links that are not http(s)', () => {
    const l = byId['lighthouse-registry']
    expect(l.audits).toEqual([{ date: '2019-10-02', type: 'security', url: 'https://example.org/audits/lighthouse-2019.pdf', vendor: 'Example Audits' }])
    expect(l.otherLinks).toEqual([{ name: 'Community Calendar', url: 'https://example.org/calendar' }])
    expect(l.links.bestPractices).toBe('https://www.bestpractices.dev/projects/1')
    expect(l.specification).toBe(true)
    expect(warnings.some((w) => w.includes('javascript:alert'))).toBe(true)
  })

  it('reads the TAGs from names and group links, and the latest annual review', () => {
    expect(byId['lighthouse-registry'].advisoryGroups).toEqual(['app-delivery', 'security'])
    expect(byId['lighthouse-registry'].lastAnnualReview).toBe('2025-03-14')
    expect(byId.dimlight.advisoryGroups).toBeUndefined()
  })

  it('uses the landscape slug when an item has one', () => {
    expect(byId['slug-o'].name).toBe('Slug Override')
  })

  it('fails with a clear message on documents that are not a landscape', () => {
    expect(() => normalizeLandscapeYaml('landscape: [')).toThrow(LandscapeFormatError)
    expect(() => normalizeLandscapeYaml('items: []')).toThrow(/no top-level "landscape" list/)
  })

  it('rejects two projects with the same id', () => {
    const doc = { landscape: [{ name: 'C', subcategories: [{ name: 'S', items: [
      { name: 'Twin', project: 'sandbox' }, { name: 'twin', project: 'incubating' },
    ] }] }] }
    expect(() => normalizeLandscapeDocument(doc)).toThrow(/share the id "twin"/)
  })
})
