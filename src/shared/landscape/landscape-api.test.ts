import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normalizeLandscapeApi } from './landscape-api'
import { LandscapeFormatError, normalizeLandscapeYaml } from './landscape-yml'

const fixture: unknown = JSON.parse(readFileSync(new URL('./fixtures/api-all.fixture.json', import.meta.url), 'utf8'))
const options = { fetchedAt: '2026-09-01T10:00:00.000Z', baseUrl: 'https://mirror.example.net/api/projects/all.json' }

describe('normalizeLandscapeApi', () => {
  const { projects, warnings } = normalizeLandscapeApi(fixture, options)
  const byId = Object.fromEntries(projects.map((p) => [p.id, p]))

  it('maps category--subcategory--name ids to our kebab-case names, sorted, skipping invalid entries', () => {
    expect(projects.map((p) => [p.id, p.maturity])).toEqual([
      ['dimlight', 'archived'],
      ['lighthouse-registry', 'graduated'],
      ['quarry', 'sandbox'],
      ['slug-override', 'incubating'],
    ])
    expect(warnings.some((w) => w.includes('Unknown Maturity') && w.includes('emeritus'))).toBe(true)
    expect(warnings.some((w) => w.includes('item 5') && w.includes('no name'))).toBe(true)
  })

  it('names projects as landscape.yml does, so both sources agree on ids', () => {
    const yml = readFileSync(new URL('./fixtures/landscape.fixture.yml', import.meta.url), 'utf8')
    const ymlIds = normalizeLandscapeYaml(yml).projects.map((p) => p.id).filter((id) => id !== 'slug-o')
    expect(ymlIds.every((id) => byId[id])).toBe(true)
  })

  it('reads dates, placements and the summary lists', () => {
    expect(byId.dimlight.dates).toEqual({ accepted: '2019-01-15', incubating: '2020-02-02', archived: '2024-12-20', joined: '2019-10-11' })
    expect(byId.quarry.extraPlacements).toEqual([{ category: 'Runtime', subcategory: 'Cloud Native Storage' }])
    expect(byId.quarry.tags).toEqual(['storage', 'Go', 'kubernetes'])
    expect(byId.quarry.personas).toEqual(['Platform Engineers', 'SREs'])
    expect(byId.quarry.integrations).toEqual(['Prometheus', 'Helm'])
    expect(byId.dimlight.integrations).toEqual(['Grafana', 'Loki'])
  })

  it('joins repository figures, stamped with the time they were fetched', () => {
    expect(byId['lighthouse-registry'].repositories).toEqual([
      {
        url: 'https://github.com/lighthouse/lighthouse', branch: 'main', primary: true,
        figures: { stars: 12345, contributors: 321, languages: { Go: 900000, Shell: 12000, Dockerfile: 800 }, license: 'Apache-2.0', latestRelease: '2026-07-30T12:00:00Z', fetchedAt: options.fetchedAt },
      },
      { url: 'https://github.com/lighthouse/charts', primary: false, figures: { stars: 40, contributors: 12, fetchedAt: options.fetchedAt } },
    ])
    // A release date that is not a date is dropped, the rest kept.
    expect(byId.quarry.repositories[0].figures).toEqual({ stars: 800, license: 'MIT', fetchedAt: options.fetchedAt })
    // No figures at all: no figures object.
    expect(byId.quarry.repositories[1]).toEqual({ url: 'https://github.com/quarry-dev/quarry-operator', branch: 'main', primary: false })
  })

  it('treats the first repository as primary when none is marked', () => {
    const doc = [{ name: 'Unmarked', category: 'C', subcategory: 'S', maturity: 'sandbox', homepage_url: 'https://u.example.org', logo_url: 'x.svg',
      repositories: [{ url: 'https://github.com/u/a' }, { url: 'https://github.com/u/b' }] }]
    expect(normalizeLandscapeApi(doc, options).projects[0].repositories.map((r) => r.primary)).toEqual([true, false])
  })

  it('maps the API link fields and drops links that are not http(s)', () => {
    expect(byId.quarry.links).toEqual({
      homepage: 'https://quarry.example.org/',
      slack: 'https://cloud-native.slack.com/messages/quarry',
      devstats: 'https://quarry.devstats.cncf.io/',
      twitter: 'https://twitter.com/quarrydev',
      intro: 'https://www.youtube.com/watch?v=quarry',
    })
    expect(byId['lighthouse-registry'].links.bestPractices).toBe('https://www.bestpractices.dev/projects/1')
    expect(byId['lighthouse-registry'].otherLinks).toEqual([{ name: 'Community Calendar', url: 'https://example.org/calendar' }])
    expect(warnings.some((w) => w.includes('javascript:alert'))).toBe(true)
    expect(byId['lighthouse-registry'].specification).toBe(true)
    expect(byId.quarry).toMatchObject({ chatChannel: '#quarry', lfxSlug: 'quarry' })
  })

  it('reads the TAG field as group names, dropping what is not one, and the latest annual review', () => {
    expect(byId['lighthouse-registry'].advisoryGroups).toEqual(['app-delivery', 'runtime', 'security'])
    expect(byId['lighthouse-registry'].lastAnnualReview).toBe('2025-03-14')
    expect(byId.quarry.advisoryGroups).toEqual(['app-delivery'])
  })

  it('keeps the summary use cases and release rate as upstream words', () => {
    expect(byId.quarry).toMatchObject({
      upstreamUseCase: 'Upstream words about use cases.',
      upstreamBusinessUseCase: 'Upstream words about business use cases.',
      upstreamReleaseRate: 'Every few weeks',
    })
    expect(byId.dimlight.upstreamUseCase).toBeUndefined()
    const long = [{ name: 'Wordy', category: 'C', subcategory: 'S', maturity: 'sandbox', summary: { use_case: 'x'.repeat(4001), release_rate: 'Monthly' } }]
    expect(normalizeLandscapeApi(long, options).projects[0]).toMatchObject({ upstreamReleaseRate: 'Monthly' })
    expect(normalizeLandscapeApi(long, options).projects[0].upstreamUseCase).toBeUndefined()
  })

  it('keeps the upstream description as its own field and never reads Crunchbase data', () => {
    expect(byId.quarry.upstreamDescription).toBe('Quarry digs persistent volumes out of object storage.')
    expect(byId['slug-override'].upstreamDescription).toBeUndefined()
    const text = JSON.stringify(projects)
    expect(text).not.toContain('crunchbase')
    expect(text).not.toContain('Nowhere')
  })

  it('resolves logo URLs, relative ones against the source (mirrors)', () => {
    expect(byId.dimlight.logo).toBe('https://landscape.example.org/logos/0f3a9c.svg')
    expect(byId.quarry.logo).toBe('https://mirror.example.net/api/projects/logos/quarry.svg')
  })

  it('keeps the first of two entries with one id and says so', () => {
    const twin = { name: 'Twin', category: 'C', subcategory: 'S', maturity: 'sandbox', homepage_url: 'https://t.example.org', logo_url: 't.svg' }
    const result = normalizeLandscapeApi([twin, { ...twin, name: 'twin', category: 'D' }], options)
    expect(result.projects).toHaveLength(1)
    expect(result.projects[0].category).toBe('C')
    expect(result.warnings.join('\n')).toMatch(/second entry with the id "twin"/)
  })

  it.each([
    ['an object instead of a list', { projects: [] }, /not a list of projects/],
    ['an empty list', [], /lists no projects/],
    ['a list of things that are not projects', [1, 'two', { name: 'No maturity' }, { name: 'Bad', maturity: 'x', category: 'C', subcategory: 'S' }], /none of the 4 entries/],
  ])('rejects %s with a clear message', (_name, doc, message) => {
    expect(() => normalizeLandscapeApi(doc, options)).toThrow(LandscapeFormatError)
    expect(() => normalizeLandscapeApi(doc, options)).toThrow(message)
  })
})

describe('normalizeLandscapeYaml with keepDescriptions', () => {
  const yml = readFileSync(new URL('./fixtures/landscape.fixture.yml', import.meta.url), 'utf8')
  it('keeps upstream descriptions only when asked (live refresh), never for the bundled dataset', () => {
    const quarry = (keep: boolean) => normalizeLandscapeYaml(yml, { keepDescriptions: keep }).projects.find((p) => p.id === 'quarry')
    expect(quarry(true)?.upstreamDescription).toBe('Upstream words we must not carry over.')
    expect(quarry(false)?.upstreamDescription).toBeUndefined()
  })
})
