import { describe, expect, it } from 'vitest'
import { LANDSCAPE_FIXTURE_SOURCE, makeDataset, makeProject } from '../testing/fixtures'
import type { Project, ProjectFacts } from '../dataset/schema'
import { mergeRefresh, recurate, reconcileIds, RefreshRejectedError } from './merge'
import type { FetchedLandscape } from './schema'

const factsOf = (p: Project): ProjectFacts => {
  const { summary: _s, highlights: _h, articleSection: _a, ...facts } = p
  return facts
}
const fetched = (facts: ProjectFacts[], overrides: Partial<FetchedLandscape> = {}): FetchedLandscape => ({
  ok: true, format: 'api', url: 'https://landscape.example.org/api/projects/all.json', fetchedAt: '2026-09-01T10:00:00.000Z',
  revision: 'build-42', facts, warnings: [], failedAttempts: [], ...overrides,
})

const curated = (id: string, extra: Partial<Project> = {}) => makeProject({
  id, summary: { en: `Our words on ${id}.`, ru: `Наши слова о ${id}.`, sources: [LANDSCAPE_FIXTURE_SOURCE] },
  highlights: [{ en: `Why ${id}`, ru: `Зачем ${id}`, sources: [{ kind: 'article', section: 'Kepler' }] }], articleSection: 'Kepler', ...extra,
})

describe('mergeRefresh', () => {
  const previous = [curated('quarry', { clomonitorName: 'quarry', links: { homepage: 'https://quarry.example.org/', documentation: 'https://docs.quarry.example.org/' } }), curated('beacon')]

  it('keeps our summaries and highlights by id, takes the new facts, and stamps a live source', () => {
    const facts = [{ ...factsOf(previous[0]), maturity: 'incubating' as const, links: { homepage: 'https://quarry.example.org/' } }, factsOf(previous[1])]
    const { dataset, changes } = mergeRefresh({ previous, fetched: fetched(facts) })
    const quarry = dataset.projects.find((p) => p.id === 'quarry')!
    expect(quarry).toMatchObject({ maturity: 'incubating', summary: previous[0].summary, highlights: previous[0].highlights, articleSection: 'Kepler' })
    // Our words keep their sources: the landscape snapshot they were checked against, not the download.
    expect(quarry.summary?.sources).toEqual([LANDSCAPE_FIXTURE_SOURCE])
    expect(quarry.highlights[0].sources).toEqual([{ kind: 'article', section: 'Kepler' }])
    expect(dataset.source).toMatchObject({ url: 'https://landscape.example.org/api/projects/all.json', revision: 'build-42', date: '2026-09-01', live: 'api', license: { name: 'CC BY 4.0' } })
    expect(changes).toEqual([{ kind: 'promoted', projectId: 'quarry', name: 'Quarry', from: 'sandbox', to: 'incubating' }])
  })

  it('carries over facts the API does not publish, but only for API refreshes', () => {
    const facts = [{ ...factsOf(previous[0]), clomonitorName: undefined, links: { homepage: 'https://quarry.example.org/' } }]
    const fromApi = mergeRefresh({ previous, fetched: fetched(facts) }).dataset.projects[0]
    expect(fromApi).toMatchObject({ clomonitorName: 'quarry', links: { documentation: 'https://docs.quarry.example.org/' } })
    const fromYaml = mergeRefresh({ previous, fetched: fetched(facts, { format: 'yaml' }) }).dataset.projects[0]
    expect(fromYaml.clomonitorName).toBeUndefined()
    expect(fromYaml.links.documentation).toBeUndefined()
  })

  it('prefers the bundled curation, and leaves a project new upstream without a summary', () => {
    const bundled = [curated('beacon', { summary: { en: 'Newer words on beacon.', ru: 'Новые слова о beacon.', sources: [LANDSCAPE_FIXTURE_SOURCE] } })]
    const newcomer: ProjectFacts = { ...factsOf(makeProject({ id: 'lantern', name: 'Lantern' })), upstreamDescription: 'Lantern lights up logs.' }
    const { dataset, changes } = mergeRefresh({ previous, bundled, fetched: fetched([...previous.map(factsOf), newcomer]) })
    const byId = new Map(dataset.projects.map((p) => [p.id, p]))
    expect(byId.get('beacon')?.summary?.en).toBe('Newer words on beacon.')
    expect(byId.get('lantern')).toMatchObject({ highlights: [], upstreamDescription: 'Lantern lights up logs.' })
    expect(byId.get('lantern')?.summary).toBeUndefined()
    expect(changes.map((c) => c.kind)).toEqual(['added'])
  })

  it('keeps the id of a project renamed upstream, so notes stay attached and the change reads as a rename', () => {
    const renamed = { ...factsOf(previous[1]), id: 'lighthouse', name: 'Lighthouse' }
    const { dataset, changes } = mergeRefresh({ previous, fetched: fetched([factsOf(previous[0]), renamed]) })
    expect(dataset.projects.map((p) => p.id)).toEqual(['beacon', 'quarry'])
    expect(changes).toEqual([{ kind: 'renamed', projectId: 'beacon', name: 'Lighthouse', from: 'Beacon' }])
    expect(dataset.projects[0].summary?.en).toBe('Our words on beacon.')
  })

  it('refuses a source that lists far fewer projects than the device has', () => {
    const many = Array.from({ length: 40 }, (_, i) => makeProject({ id: `p${i}` }))
    expect(() => mergeRefresh({ previous: many, fetched: fetched(many.slice(0, 12).map(factsOf)) })).toThrow(RefreshRejectedError)
    expect(() => mergeRefresh({ previous: many, fetched: fetched(many.slice(0, 12).map(factsOf)) })).toThrow(/lists only 12 CNCF projects where the data on this device has 40/)
    expect(mergeRefresh({ previous: many, fetched: fetched(many.slice(0, 30).map(factsOf)) }).changes).toHaveLength(10)
  })

  it('produces a valid dataset whose version changes with the data', () => {
    const a = mergeRefresh({ previous, fetched: fetched(previous.map(factsOf)) }).dataset
    const b = mergeRefresh({ previous, fetched: fetched(previous.map(factsOf), { fetchedAt: '2026-09-02T10:00:00.000Z' }) }).dataset
    expect(a.version).toMatch(/^[0-9a-f]{16}$/)
    expect(a.version).not.toBe(b.version)
  })
})

describe('reconcileIds', () => {
  it('matches on the primary repository before the homepage, each orphan once', () => {
    const previous = [
      makeProject({ id: 'old-a', repositories: [{ url: 'https://github.com/Org/A.git', primary: true }], links: { homepage: 'https://a.example.org' } }),
      makeProject({ id: 'old-b', repositories: [], links: { homepage: 'https://b.example.org/' } }),
      makeProject({ id: 'stays' }),
    ]
    const facts = [
      factsOf(makeProject({ id: 'new-a', repositories: [{ url: 'https://github.com/org/a', primary: true }] })),
      factsOf(makeProject({ id: 'new-b', repositories: [], links: { homepage: 'https://b.example.org' } })),
      factsOf(makeProject({ id: 'another-b', repositories: [], links: { homepage: 'https://b.example.org' } })),
      factsOf(makeProject({ id: 'stays' })),
    ]
    expect(reconcileIds(previous, facts).map((f) => f.id)).toEqual(['old-a', 'old-b', 'another-b', 'stays'])
  })
})

describe('recurate', () => {
  it('lays a newer bundle’s words over refreshed facts', () => {
    const refreshed = makeDataset([makeProject({ id: 'lantern', summary: undefined }), curated('quarry', { maturity: 'graduated' })])
    const bundled = [curated('quarry', { summary: { en: 'Better words.', ru: 'Лучшие слова.', sources: [LANDSCAPE_FIXTURE_SOURCE] } }), curated('lantern')]
    const result = recurate(refreshed, bundled)
    expect(result.projects.map((p) => [p.id, p.maturity, p.summary?.en])).toEqual([['lantern', 'sandbox', 'Our words on lantern.'], ['quarry', 'graduated', 'Better words.']])
    expect(result.version).not.toBe(refreshed.version)
  })
})
