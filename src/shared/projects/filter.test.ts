import { describe, expect, it } from 'vitest'
import { LANDSCAPE_FIXTURE_SOURCE, makeProject } from '../testing/fixtures'
import { evaluationIndex } from '../evaluation/filter'
import { DEFAULT_FILTERS, EMPTY_FILTERS, EMPTY_USER_DATA, facetOptions, filterProjects, hasActiveFilters, normalizeForSearch, toggleFacetValue } from './filter'

const projects = [
  makeProject({ id: 'headlamp', name: 'Headlamp', category: 'Observability and Analysis', subcategory: 'Observability', dates: { accepted: '2023-05-17' }, tags: ['UI', 'kubernetes'],
    summary: { en: 'A Kubernetes web UI with plugins.', ru: 'Веб-интерфейс для Kubernetes с плагинами.', sources: [LANDSCAPE_FIXTURE_SOURCE] },
    highlights: [{ en: 'Runs as a desktop app or in-cluster', ru: 'Работает как настольное приложение или в кластере', sources: [LANDSCAPE_FIXTURE_SOURCE] }] }),
  makeProject({ id: 'sops', name: 'SOPS', category: 'Provisioning', subcategory: 'Security & Compliance', dates: { accepted: '2023-05-17' }, tags: ['secrets'], articleSection: 'SOPS' }),
  makeProject({ id: 'kepler', name: 'Kepler', category: 'Observability and Analysis', subcategory: 'Observability', dates: { accepted: '2023-05-17' },
    extraPlacements: [{ category: 'Provisioning', subcategory: 'Automation & Configuration' }] }),
  makeProject({ id: 'envoy', name: 'Envoy', maturity: 'graduated', category: 'Orchestration & Management', subcategory: 'Service Proxy', dates: { accepted: '2017-09-13', graduated: '2018-11-28' }, tags: ['proxy'] }),
  makeProject({ id: 'xline', name: 'Xline', maturity: 'archived', category: 'Orchestration & Management', subcategory: 'Coordination & Service Discovery', dates: { accepted: '2023-09-19', archived: '2025-09-19' } }),
]
const ids = (list: { id: string }[]) => list.map((p) => p.id)

describe('filterProjects', () => {
  it('defaults to the Sandbox', () => {
    expect(ids(filterProjects(projects, DEFAULT_FILTERS))).toEqual(['headlamp', 'sops', 'kepler'])
  })

  it('searches name, summary in both languages, tags, highlights and category, case- and accent-insensitively', () => {
    const search = (query: string) => ids(filterProjects(projects, { ...EMPTY_FILTERS, query }))
    expect(search('HEADLAMP')).toEqual(['headlamp'])
    expect(search('web ui')).toEqual(['headlamp'])
    expect(search('плагинами')).toEqual(['headlamp'])
    expect(search('in-cluster')).toEqual(['headlamp'])
    expect(search('secrets')).toEqual(['sops'])
    expect(search('service proxy')).toEqual(['envoy'])
    expect(search('observability')).toEqual(['headlamp', 'kepler'])
    expect(search('nothing-like-this')).toEqual([])
    expect(search('   ')).toHaveLength(5)
  })

  it('combines facets with AND across facets and OR within one', () => {
    const f = { ...EMPTY_FILTERS, maturity: ['sandbox', 'archived'] as const, year: ['2023'] }
    expect(ids(filterProjects(projects, { ...f, maturity: [...f.maturity] }))).toEqual(['headlamp', 'sops', 'kepler', 'xline'])
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, maturity: ['sandbox'], category: ['Provisioning'] }))).toEqual(['sops', 'kepler'])
  })

  it('matches extra placements for category and subcategory', () => {
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, subcategory: ['Automation & Configuration'] }))).toEqual(['kepler'])
  })
})

describe('search in Russian', () => {
  it('finds projects by the Russian names of their categories and subcategories, as well as the English ones', () => {
    const search = (query: string) => ids(filterProjects(projects, { ...EMPTY_FILTERS, query }))
    expect(search('наблюдаемость')).toEqual(['headlamp', 'kepler'])
    expect(search('сервисные прокси')).toEqual(['envoy'])
    expect(search('подготовка инфраструктуры')).toEqual(['sops', 'kepler'])
    expect(search('Provisioning')).toEqual(['sops', 'kepler'])
  })
})

describe('the 2023 intake facet', () => {
  it('tells projects accepted into the Sandbox in 2023 from those the article reviewed', () => {
    const intake = (values: string[]) => ids(filterProjects(projects, { ...EMPTY_FILTERS, intake: values }))
    expect(intake(['accepted2023'])).toEqual(['headlamp', 'sops', 'kepler', 'xline'])
    expect(intake(['reviewed2023'])).toEqual(['sops'])
    expect(facetOptions(projects, EMPTY_FILTERS).intake).toEqual([{ value: 'accepted2023', count: 4 }, { value: 'reviewed2023', count: 1 }])
  })
})

describe('facetOptions', () => {
  it('counts each facet given the other facets and the search', () => {
    const facets = facetOptions(projects, { ...EMPTY_FILTERS, maturity: ['sandbox'] })
    expect(facets.maturity).toEqual([
      { value: 'sandbox', count: 3 },
      { value: 'graduated', count: 1 },
      { value: 'archived', count: 1 },
    ])
    expect(facets.category).toEqual([
      { value: 'Observability and Analysis', count: 2 },
      { value: 'Orchestration & Management', count: 0 },
      { value: 'Provisioning', count: 2 },
    ])
    expect(facets.year).toEqual([{ value: '2023', count: 3 }, { value: '2017', count: 0 }])
  })

  it('keeps a selected value listed even when nothing has it', () => {
    const facets = facetOptions(projects, { ...EMPTY_FILTERS, tags: ['no-such-tag'] })
    expect(facets.tags).toContainEqual({ value: 'no-such-tag', count: 0 })
  })
})

describe('filter helpers', () => {
  it('toggles values without mutating', () => {
    const once = toggleFacetValue(EMPTY_FILTERS, 'tags', 'UI')
    expect(once.tags).toEqual(['UI'])
    expect(EMPTY_FILTERS.tags).toEqual([])
    expect(toggleFacetValue(once, 'tags', 'UI').tags).toEqual([])
  })

  it('knows when filters are active', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false)
    expect(hasActiveFilters(DEFAULT_FILTERS)).toBe(true)
    expect(hasActiveFilters({ ...EMPTY_FILTERS, query: 'x' })).toBe(true)
  })

  it('normalises ё and accents', () => {
    expect(normalizeForSearch('Ёлка Café')).toBe('елка cafe')
  })
})

describe('user-data filters', () => {
  const user = {
    starred: new Set(['headlamp', 'envoy']),
    listsOf: new Map([['headlamp', ['to-try']], ['envoy', ['to-try', 'in-production']]]),
    userTagsOf: new Map([['sops', ['secrets-shortlist']]]),
    withNotes: new Set(['kepler']),
  }

  it('filters to starred projects, and to projects with a note', () => {
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, starred: true }, user))).toEqual(['headlamp', 'envoy'])
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, hasNote: true }, user))).toEqual(['kepler'])
  })

  it('filters by the user\'s lists and tags, with counts', () => {
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, lists: ['in-production'] }, user))).toEqual(['envoy'])
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, userTags: ['secrets-shortlist'] }, user))).toEqual(['sops'])
    const facets = facetOptions(projects, EMPTY_FILTERS, user)
    expect(facets.lists).toEqual([{ value: 'in-production', count: 1 }, { value: 'to-try', count: 2 }])
    expect(facets.userTags).toEqual([{ value: 'secrets-shortlist', count: 1 }])
  })

  it('treats missing user data as none', () => {
    expect(filterProjects(projects, { ...EMPTY_FILTERS, starred: true })).toEqual([])
  })
})

describe('the "changed in the last refresh" filter', () => {
  const changed = new Set(['sops', 'gone-project'])
  it('keeps only the projects the latest refresh changed, and counts facets the same way', () => {
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, changed: true }, undefined, changed))).toEqual(['sops'])
    expect(filterProjects(projects, { ...EMPTY_FILTERS, changed: true })).toEqual([])
    expect(filterProjects(projects, EMPTY_FILTERS, undefined, changed)).toHaveLength(projects.length)
    const maturity = facetOptions(projects, { ...EMPTY_FILTERS, changed: true }, undefined, changed).maturity
    expect(maturity.filter((o) => o.count > 0)).toEqual([{ value: 'sandbox', count: 1 }])
  })
  it('counts as an active filter', () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, changed: true })).toBe(true)
  })
})

describe('search over projects new upstream', () => {
  it('finds a project without our summary by its upstream description', () => {
    const fresh = makeProject({ id: 'lantern', summary: undefined, upstreamDescription: 'Lantern lights up dark log streams.' })
    expect(ids(filterProjects([...projects, fresh], { ...EMPTY_FILTERS, query: 'log streams' }))).toEqual(['lantern'])
  })
})

describe('evaluation filters in the Projects filters', () => {
  const now = Date.parse('2026-11-20T12:00:00.000Z')
  const evaluation = evaluationIndex(
    [],
    [
      { id: '1', projectId: 'headlamp', statusId: 'adopt', at: '2026-11-19T10:00:00.000Z' },
      { id: '2', projectId: 'kepler', statusId: 'assess', at: '2026-05-01T10:00:00.000Z' },
      { id: '3', projectId: 'sops', statusId: 'assess', at: '2026-11-18T10:00:00.000Z' },
    ],
    [{ id: 'crit', name: 'Criticality', type: 'choice', choices: ['low', 'high'], order: 0, createdAt: '2026-01-01' }],
    [{ projectId: 'sops', fieldId: 'crit', value: 'high', updatedAt: '2026-11-18' }],
    now,
  )
  const user = { ...EMPTY_USER_DATA, evaluation }

  it('offers a status facet with counts, in the user\'s status order', () => {
    expect(facetOptions(projects, EMPTY_FILTERS, user).status).toEqual([{ value: 'assess', count: 2 }, { value: 'adopt', count: 1 }])
    expect(filterProjects(projects, { ...EMPTY_FILTERS, status: ['assess'] }, user).map((p) => p.id)).toEqual(['sops', 'kepler'])
  })

  it('combines "changed in the last N days" and field filters with the rest', () => {
    expect(filterProjects(projects, { ...EMPTY_FILTERS, statusChangedDays: 7 }, user).map((p) => p.id).sort()).toEqual(['headlamp', 'sops'])
    const filters = { ...EMPTY_FILTERS, status: ['assess'], fields: { crit: { kind: 'choices' as const, values: ['high'] } } }
    expect(filterProjects(projects, filters, user).map((p) => p.id)).toEqual(['sops'])
    expect(hasActiveFilters({ ...EMPTY_FILTERS, statusChangedDays: 30 })).toBe(true)
  })
})

describe('the entry facet', () => {
  const joined = [
    makeProject({ id: 'headlamp', dates: { accepted: '2023-05-17' } }),
    makeProject({ id: 'keycloak', maturity: 'incubating', dates: { accepted: '2023-04-10', incubating: '2023-04-10' } }),
    makeProject({ id: 'linkerd', maturity: 'graduated', dates: { accepted: '2017-01-23', incubating: '2018-04-06', graduated: '2021-07-28' } }),
  ]

  it('filters by the level a project joined at and lists the levels in their order', () => {
    expect(ids(filterProjects(joined, { ...EMPTY_FILTERS, entry: ['sandbox'] }))).toEqual(['headlamp'])
    expect(ids(filterProjects(joined, { ...EMPTY_FILTERS, entry: ['incubating', 'inception'] }))).toEqual(['keycloak', 'linkerd'])
    expect(facetOptions(joined, EMPTY_FILTERS).entry.map((o) => o.value)).toEqual(['inception', 'sandbox', 'incubating'])
  })
})
