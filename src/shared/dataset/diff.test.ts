import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { changedProjectIds, diffDatasets, readChanges, type DatasetChange } from './diff'

const quarry = makeProject({ id: 'quarry', name: 'Quarry' })
const beacon = makeProject({ id: 'beacon', name: 'Beacon', maturity: 'incubating', dates: { accepted: '2020-01-01', incubating: '2022-01-01' } })
const tinder = makeProject({ id: 'tinder', name: 'Tinder Box' })

describe('diffDatasets', () => {
  it('finds nothing between equal datasets, figures and descriptions included', () => {
    const withFigures = { ...quarry, upstreamDescription: 'New words', repositories: [{ ...quarry.repositories[0], figures: { stars: 9, fetchedAt: '2026-09-01T00:00:00Z' } }] }
    expect(diffDatasets([quarry, beacon], [withFigures, beacon])).toEqual([])
  })

  it('lists added and removed projects', () => {
    expect(diffDatasets([quarry, beacon], [quarry, tinder])).toEqual([
      { kind: 'added', projectId: 'tinder', name: 'Tinder Box', maturity: 'sandbox', category: 'Provisioning', subcategory: 'Automation & Configuration' },
      { kind: 'removed', projectId: 'beacon', name: 'Beacon', maturity: 'incubating' },
    ])
  })

  it('tells promotions from archivals and other maturity moves', () => {
    const after = [
      { ...quarry, maturity: 'incubating' as const },
      { ...beacon, maturity: 'archived' as const },
      { ...tinder, maturity: 'sandbox' as const },
    ]
    const before = [quarry, beacon, { ...tinder, maturity: 'archived' as const }]
    expect(diffDatasets(before, after)).toEqual([
      { kind: 'promoted', projectId: 'quarry', name: 'Quarry', from: 'sandbox', to: 'incubating' },
      { kind: 'archived', projectId: 'beacon', name: 'Beacon', from: 'incubating' },
      { kind: 'maturity', projectId: 'tinder', name: 'Tinder Box', from: 'archived', to: 'sandbox' },
    ])
    expect(diffDatasets([{ ...beacon, maturity: 'graduated' }], [beacon])).toEqual([
      { kind: 'maturity', projectId: 'beacon', name: 'Beacon', from: 'graduated', to: 'incubating' },
    ])
  })

  it('lists a move between categories and a rename', () => {
    const moved = { ...quarry, name: 'Quarry Pit', category: 'Runtime', subcategory: 'Cloud Native Storage' }
    expect(diffDatasets([quarry], [moved])).toEqual([
      { kind: 'moved', projectId: 'quarry', name: 'Quarry Pit', from: { category: 'Provisioning', subcategory: 'Automation & Configuration' }, to: { category: 'Runtime', subcategory: 'Cloud Native Storage' } },
      { kind: 'renamed', projectId: 'quarry', name: 'Quarry Pit', from: 'Quarry' },
    ])
  })

  it('lists links gained or changed, repositories and named links included, not links lost', () => {
    const after = {
      ...quarry,
      links: { homepage: 'https://quarry.example.org/new', slack: 'https://slack.example.org/quarry' },
      repositories: [...quarry.repositories, { url: 'https://github.com/example/quarry-sdk', primary: false }],
      otherLinks: [{ name: 'Roadmap', url: 'https://example.org/roadmap' }],
    }
    expect(diffDatasets([quarry], [after])).toEqual([{
      kind: 'links', projectId: 'quarry', name: 'Quarry', links: [
        { type: 'homepage', url: 'https://quarry.example.org/new' },
        { type: 'slack', url: 'https://slack.example.org/quarry' },
        { type: 'repository', url: 'https://github.com/example/quarry-sdk' },
        { type: 'other', name: 'Roadmap', url: 'https://example.org/roadmap' },
      ],
    }])
    const lost = { ...after, links: { homepage: after.links.homepage }, repositories: quarry.repositories, otherLinks: [] }
    expect(diffDatasets([after], [lost])).toEqual([])
  })

  it('sorts by kind, then name, case-insensitively', () => {
    const before = [makeProject({ id: 'zeta' }), makeProject({ id: 'alpha' })]
    const after = [makeProject({ id: 'zeta', maturity: 'incubating' }), makeProject({ id: 'b', name: 'bravo' }), makeProject({ id: 'a', name: 'Alpha Two' })]
    expect(diffDatasets(before, after).map((c) => `${c.kind}:${c.name}`)).toEqual(['added:Alpha Two', 'added:bravo', 'promoted:Zeta', 'removed:Alpha'])
  })
})

describe('changedProjectIds and readChanges', () => {
  const changes: DatasetChange[] = [
    { kind: 'added', projectId: 'a', name: 'A', maturity: 'sandbox', category: 'C', subcategory: 'S' },
    { kind: 'removed', projectId: 'r', name: 'R', maturity: 'sandbox' },
    { kind: 'renamed', projectId: 'b', name: 'B', from: 'Bee' },
  ]
  it('names the projects still present that changed', () => {
    expect([...changedProjectIds(changes)]).toEqual(['a', 'b'])
  })
  it('skips stored entries it does not understand', () => {
    expect(readChanges([...changes, { kind: 'teleported', projectId: 'x' }, null])).toEqual(changes)
  })
})
