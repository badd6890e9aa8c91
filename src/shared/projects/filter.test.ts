import { describe, expect, it } from 'vitest'
import { LANDSCAPE_FIXTURE_SOURCE, makeProject } from '../testing/fixtures'
import { evaluationIndex } from '../evaluation/filter'
import { DEFAULT_FILTERS, EMPTY_FILTERS, EMPTY_USER_DATA, facetOptions, filterAndCount, filterContext, filterProjects, hasActiveFilters, inOpenedOrder, normalizeForSearch, openedOrder, toggleFacetValue } from './filter'

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
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, maturity: ['sandbox', 'archived'], year: ['2023'] }))).toEqual(['headlamp', 'sops', 'kepler', 'xline'])
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
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, starred: true }, filterContext({ user })))).toEqual(['headlamp', 'envoy'])
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, hasNote: true }, filterContext({ user })))).toEqual(['kepler'])
  })

  it('filters by the user\'s lists and tags, with counts', () => {
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, lists: ['in-production'] }, filterContext({ user })))).toEqual(['envoy'])
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, userTags: ['secrets-shortlist'] }, filterContext({ user })))).toEqual(['sops'])
    const facets = facetOptions(projects, EMPTY_FILTERS, filterContext({ user }))
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
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, changed: true }, filterContext({ changed })))).toEqual(['sops'])
    expect(filterProjects(projects, { ...EMPTY_FILTERS, changed: true })).toEqual([])
    expect(filterProjects(projects, EMPTY_FILTERS, filterContext({ changed }))).toHaveLength(projects.length)
    const maturity = facetOptions(projects, { ...EMPTY_FILTERS, changed: true }, filterContext({ changed })).maturity
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
    expect(facetOptions(projects, EMPTY_FILTERS, filterContext({ user })).status).toEqual([{ value: 'assess', count: 2 }, { value: 'adopt', count: 1 }])
    expect(filterProjects(projects, { ...EMPTY_FILTERS, status: ['assess'] }, filterContext({ user })).map((p) => p.id)).toEqual(['sops', 'kepler'])
  })

  it('combines "changed in the last N days" and field filters with the rest', () => {
    expect(filterProjects(projects, { ...EMPTY_FILTERS, statusChangedDays: 7 }, filterContext({ user })).map((p) => p.id).sort()).toEqual(['headlamp', 'sops'])
    const filters = { ...EMPTY_FILTERS, status: ['assess'], fields: { crit: { kind: 'choices' as const, values: ['high'] } } }
    expect(filterProjects(projects, filters, filterContext({ user })).map((p) => p.id)).toEqual(['sops'])
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

describe('date ranges', () => {
  const today = '2026-08-07'
  const context = filterContext({ today })
  const between = (from?: string, to?: string) => ({ kind: 'between' as const, from, to })

  it('keeps projects whose date falls in the range, both ends included', () => {
    const filters = { ...EMPTY_FILTERS, dates: { accepted: between('2023-05-17', '2023-09-19') } }
    expect(ids(filterProjects(projects, filters, context))).toEqual(['headlamp', 'sops', 'kepler', 'xline'])
  })

  it('leaves either end open', () => {
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, dates: { accepted: between('2023-06-01') } }, context))).toEqual(['xline'])
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, dates: { accepted: between(undefined, '2018-01-01') } }, context))).toEqual(['envoy'])
  })

  it('drops projects without that date, and combines fields with AND', () => {
    const filters = { ...EMPTY_FILTERS, dates: { archived: between('2025-01-01'), accepted: between('2023-01-01') } }
    expect(ids(filterProjects(projects, filters, context))).toEqual(['xline'])
    expect(ids(filterProjects(projects, { ...EMPTY_FILTERS, dates: { graduated: between('2000-01-01') } }, context))).toEqual(['envoy'])
  })

  it('reads moving ranges against today', () => {
    const recent = makeProject({ id: 'fresh', dates: { accepted: '2026-06-01' } })
    const last90 = { ...EMPTY_FILTERS, dates: { accepted: { kind: 'lastDays' as const, days: 90 } } }
    expect(ids(filterProjects([...projects, recent], last90, context))).toEqual(['fresh'])
    expect(filterProjects([...projects, recent], last90, filterContext({ today: '2026-12-01' }))).toEqual([])
    const thisYear = { ...EMPTY_FILTERS, dates: { accepted: { kind: 'thisYear' as const } } }
    expect(ids(filterProjects([...projects, recent], thisYear, context))).toEqual(['fresh'])
  })

  it('counts facets within the range, and an open range is no filter', () => {
    const facets = facetOptions(projects, { ...EMPTY_FILTERS, dates: { accepted: between('2023-01-01', '2023-12-31') } }, context)
    expect(facets.maturity.filter((o) => o.count > 0)).toEqual([{ value: 'sandbox', count: 3 }, { value: 'archived', count: 1 }])
    expect(hasActiveFilters({ ...EMPTY_FILTERS, dates: { accepted: between() } })).toBe(false)
    expect(hasActiveFilters({ ...EMPTY_FILTERS, dates: { accepted: between('2023-01-01') } })).toBe(true)
  })
})

describe('facets from the data and from refreshed figures', () => {
  const today = '2026-08-07'
  const context = filterContext({ today })
  const withFacts = [
    makeProject({ id: 'spec', specification: true, advisoryGroups: ['app-delivery'], lastAnnualReview: '2025-01-10',
      audits: [{ url: 'https://example.org/audit.pdf', date: '2024-02-02' }],
      repositories: [{ url: 'https://github.com/e/spec', primary: true, figures: { license: 'Apache-2.0', languages: { Go: 900, Shell: 100 }, fetchedAt: '2026-08-01T00:00:00Z' } }] }),
    makeProject({ id: 'plain', lastAnnualReview: '2026-01-10',
      repositories: [{ url: 'https://github.com/e/plain', primary: true, figures: { license: 'MIT', languages: { Rust: 10, Go: 5 }, fetchedAt: '2026-08-01T00:00:00Z' } }] }),
    makeProject({ id: 'bare' }),
  ]
  const only = (filters: Partial<typeof EMPTY_FILTERS>) => ids(filterProjects(withFacts, { ...EMPTY_FILTERS, ...filters }, context))

  it('filters by TAG, licence and primary language', () => {
    expect(only({ advisoryGroup: ['app-delivery'] })).toEqual(['spec'])
    expect(only({ license: ['MIT'] })).toEqual(['plain'])
    expect(only({ language: ['Go'] })).toEqual(['spec'])
    expect(only({ language: ['Rust', 'Go'] })).toEqual(['spec', 'plain'])
  })

  it('filters by specification and security audit, yes or no', () => {
    expect(only({ specification: ['yes'] })).toEqual(['spec'])
    expect(only({ audit: ['no'] })).toEqual(['plain', 'bare'])
  })

  it('says an annual review is due when the latest is more than a year old', () => {
    expect(only({ annualReview: ['due'] })).toEqual(['spec'])
    expect(only({ annualReview: ['recent'] })).toEqual(['plain'])
    expect(only({ annualReview: ['none'] })).toEqual(['bare'])
  })

  it('lists yes/no and review values in a fixed order, and figures only where a refresh brought them', () => {
    const facets = facetOptions(withFacts, EMPTY_FILTERS, context)
    expect(facets.specification).toEqual([{ value: 'yes', count: 1 }, { value: 'no', count: 2 }])
    expect(facets.annualReview.map((o) => o.value)).toEqual(['due', 'recent', 'none'])
    expect(facets.license).toEqual([{ value: 'Apache-2.0', count: 1 }, { value: 'MIT', count: 1 }])
    expect(facetOptions(projects, EMPTY_FILTERS, context).license).toEqual([])
  })

  it('counts every facet in one pass as the one-facet-at-a-time rule would', () => {
    const filters = { ...EMPTY_FILTERS, specification: ['no'], license: ['MIT'], maturity: ['sandbox'] }
    const facets = facetOptions(withFacts, filters, context)
    expect(facets.license).toEqual([{ value: 'MIT', count: 1 }, { value: 'Apache-2.0', count: 0 }])
    expect(facets.specification).toEqual([{ value: 'yes', count: 0 }, { value: 'no', count: 1 }])
    expect(facets.audit).toEqual([{ value: 'yes', count: 0 }, { value: 'no', count: 1 }])
  })
})

describe('filterAndCount', () => {
  it('gives the rows that pass, by position, and the search\'s ranks: a name before a word in a summary', () => {
    const outcome = filterAndCount(projects, { ...EMPTY_FILTERS, query: 'headlamp' })
    expect(ids(outcome.visible)).toEqual(['headlamp'])
    expect([...outcome.pass]).toEqual([1, 0, 0, 0, 0])
    const byWord = filterAndCount(projects, { ...EMPTY_FILTERS, query: 'observability' })
    // Kepler and Headlamp are both in the category; neither has the word in its name.
    expect(byWord.ranks![0]).toBe(byWord.ranks![2])
    const named = filterAndCount([...projects, makeProject({ id: 'observer', name: 'Observability Kit', category: 'Provisioning' })], { ...EMPTY_FILTERS, query: 'observability' })
    expect(named.ranks![5]).toBeLessThan(named.ranks![0])
  })

  it('counts facets given the search, with the same answers as facetOptions', () => {
    const filters = { ...EMPTY_FILTERS, query: 'observability', maturity: ['sandbox'] }
    expect(filterAndCount(projects, filters).facets).toEqual(facetOptions(projects, filters))
    expect(filterAndCount(projects, filters).facets.maturity.filter((o) => o.count > 0)).toEqual([{ value: 'sandbox', count: 2 }])
  })

  it('counts a facet when it is read, the same in any order, and says which facets have options without counting', () => {
    const filters = { ...EMPTY_FILTERS, maturity: ['sandbox'], tags: ['secrets'] }
    const outcome = filterAndCount(projects, filters)
    expect(ids(outcome.visible)).toEqual(['sops'])
    // Tags first: counted over the sandbox projects (Envoy fails both filters and counts nowhere).
    expect(outcome.facets.tags).toEqual([{ value: 'kubernetes', count: 1 }, { value: 'secrets', count: 1 }, { value: 'UI', count: 1 }, { value: 'proxy', count: 0 }])
    // Maturity over the projects tagged "secrets": SOPS alone.
    expect(outcome.facets.maturity.find((o) => o.value === 'sandbox')).toEqual({ value: 'sandbox', count: 1 })
    expect(outcome.facets.maturity.filter((o) => o.count > 0)).toHaveLength(1)
    expect(outcome.facets.tags).toBe(outcome.facets.tags)
    expect(outcome.facetsWithOptions.has('tags')).toBe(true)
    // No project has a user tag, and none is ticked; one ticked is listed to be unticked.
    expect(outcome.facetsWithOptions.has('userTags')).toBe(false)
    expect(filterAndCount(projects, { ...EMPTY_FILTERS, userTags: ['mine'] }).facetsWithOptions.has('userTags')).toBe(true)
  })

  it('reads the user\'s notes and tags last', () => {
    const words = new Map([['sops', ['rotate our observability secrets']]])
    const context = filterContext({ user: { ...EMPTY_USER_DATA, words } })
    const outcome = filterAndCount(projects, { ...EMPTY_FILTERS, query: 'observability' }, context)
    expect(ids(outcome.visible)).toEqual(['headlamp', 'sops', 'kepler'])
    expect(outcome.ranks![1]).toBeGreaterThan(outcome.ranks![0])
  })
})

describe('an open facet list', () => {
  it('keeps the order it opened with while the counts change, newcomers last in their own order', () => {
    const atOpen = [{ value: 'security', count: 9 }, { value: 'networking', count: 4 }, { value: 'storage', count: 1 }]
    const opened = openedOrder(atOpen)
    // A keystroke later the counts would sort the list the other way round, and two values are new.
    const now = [{ value: 'storage', count: 7 }, { value: 'zeta', count: 6 }, { value: 'networking', count: 5 }, { value: 'alpha', count: 3 }, { value: 'security', count: 0 }]
    expect(inOpenedOrder(now, opened)).toEqual([
      { value: 'security', count: 0 }, { value: 'networking', count: 5 }, { value: 'storage', count: 7 },
      { value: 'zeta', count: 6 }, { value: 'alpha', count: 3 },
    ])
    // The options themselves are left as they were.
    expect(now[0].value).toBe('storage')
  })

  it('leaves out nothing and adds nothing', () => {
    const options = facetOptions([makeProject({ id: 'a', tags: ['x', 'y'] }), makeProject({ id: 'b', tags: ['y'] })], EMPTY_FILTERS).tags
    expect(inOpenedOrder(options, openedOrder([]))).toEqual(options)
    expect(inOpenedOrder(options, openedOrder([...options].reverse())).map((o) => o.value).sort()).toEqual(options.map((o) => o.value).sort())
  })
})
