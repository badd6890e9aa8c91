import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DATE_FIELDS, formatRange, parseRange } from './dates'
import { FACETS, TOGGLES } from './facets'
import { DEFAULT_FILTERS, EMPTY_FILTERS } from './filter'
import { GROUP_KEYS } from './group'
import { DEFAULT_SORTING, DEFAULT_VIEW_STATE, keepUnchanged, LINK_KEYS, parseViewQuery, serializeViewQuery, viewQueryText, type ProjectsViewState } from './view-query'

const sortable = new Set(['name', 'accepted', 'daysInStage', 'maturity'])
const read = (query: string) => parseViewQuery(new URLSearchParams(query), { sortable })

describe('Projects links', () => {
  it('read a date range, facets, a sort, a grouping and a layout', () => {
    const { state, ignored } = read('maturity=sandbox,incubating&category=Runtime&accepted=2023-01-01..2023-06-30&sort=-daysInStage,name&group=year&layout=cards')
    expect(ignored).toEqual([])
    expect(state.filters.maturity).toEqual(['sandbox', 'incubating'])
    expect(state.filters.category).toEqual(['Runtime'])
    expect(state.filters.dates).toEqual({ accepted: { kind: 'between', from: '2023-01-01', to: '2023-06-30' } })
    expect(state.sorting).toEqual([{ id: 'daysInStage', desc: true }, { id: 'name', desc: false }])
    expect(state).toMatchObject({ groupBy: 'year', layout: 'cards' })
  })

  it('say everything about the view: a facet the link does not name is not filtered', () => {
    const { state } = read('sort=name')
    expect(state.filters).toEqual(EMPTY_FILTERS)
    expect(state).toMatchObject({ sorting: DEFAULT_SORTING, layout: 'table', groupBy: undefined })
  })

  it('leave out what they do not understand, and say what', () => {
    const { state, ignored } = read('maturity=sandbox,bogus&colour=blue&accepted=someday&sort=-nope,accepted&layout=grid&group=planet&starred=maybe&year=20x3')
    expect(state.filters.maturity).toEqual(['sandbox'])
    expect(state.filters.dates).toEqual({})
    expect(state.sorting).toEqual([{ id: 'accepted', desc: false }])
    expect(state).toMatchObject({ layout: 'table', groupBy: undefined })
    expect(ignored).toEqual(['maturity=bogus', 'colour=blue', 'accepted=someday', 'sort=-nope', 'layout=grid', 'group=planet', 'starred=maybe', 'year=20x3'])
  })

  it('fall back to the default sort when none is usable', () => {
    expect(read('sort=-nope').state.sorting).toEqual(DEFAULT_SORTING)
  })

  it('read on/off filters and a search', () => {
    const { state } = read('q=service%20mesh&starred=1&hasNote=true&changed=0')
    expect(state.filters).toMatchObject({ query: 'service mesh', starred: true, hasNote: true, changed: false })
  })

  it('bound what they read', () => {
    const many = Array.from({ length: 80 }, (_, i) => `x${i}=1`).join('&')
    expect(read(many).ignored.length).toBeLessThanOrEqual(61)
    expect(read(`q=${'a'.repeat(500)}`).state.filters.query).toHaveLength(200)
    expect(read(`tags=${Array.from({ length: 150 }, (_, i) => `t${i}`).join(',')}`).state.filters.tags).toHaveLength(100)
    expect(read(`category=${'c'.repeat(3000)}`).state.filters.category).toEqual([])
  })

  it('write the keys in one order, the sort always, defaults left out', () => {
    expect(viewQueryText(DEFAULT_VIEW_STATE)).toBe('maturity=sandbox&sort=name')
    const state: ProjectsViewState = {
      filters: { ...DEFAULT_FILTERS, query: 'mesh', category: ['Runtime'], dates: { accepted: { kind: 'between', from: '2023-01-01', to: '2023-12-31' } }, starred: true },
      sorting: [{ id: 'accepted', desc: true }], relevance: true, groupBy: 'category', layout: 'cards',
    }
    expect(viewQueryText(state)).toBe('q=mesh&maturity=sandbox&category=Runtime&accepted=2023&starred=1&sort=-accepted&group=category&layout=cards')
  })

  it('say when a query is typed but the rows follow the sort, and forget it once the query is gone', () => {
    const searching: ProjectsViewState = { ...DEFAULT_VIEW_STATE, filters: { ...DEFAULT_FILTERS, query: 'mesh' }, relevance: false }
    expect(viewQueryText(searching)).toBe('q=mesh&maturity=sandbox&sort=name&relevance=0')
    expect(read('q=mesh&sort=name&relevance=0').state.relevance).toBe(false)
    expect(read('q=mesh&sort=name').state.relevance).toBe(true)
    expect(viewQueryText({ ...searching, filters: DEFAULT_FILTERS })).toBe('maturity=sandbox&sort=name')
    expect(read('sort=name&relevance=0').state.relevance).toBe(true)
    expect(read('q=mesh&relevance=sometimes').ignored).toEqual(['relevance=sometimes'])
  })

  it('keep the parts of a view that did not change as the same objects', () => {
    const before = read('q=mes&maturity=sandbox&tags=ui&sort=-accepted').state
    const after = keepUnchanged(before, read('q=mesh&maturity=sandbox&tags=ui&sort=-accepted').state)
    expect(after.filters.query).toBe('mesh')
    expect(after.filters).not.toBe(before.filters)
    expect(after.filters.maturity).toBe(before.filters.maturity)
    expect(after.filters.dates).toBe(before.filters.dates)
    expect(after.sorting).toBe(before.sorting)
    expect(keepUnchanged(after, read('q=mesh&maturity=sandbox&tags=ui&sort=-accepted').state).filters).toBe(after.filters)
    expect(keepUnchanged(undefined, after)).toBe(after)
  })

  it('keep commas inside a value apart from the commas between values', () => {
    const state = { ...DEFAULT_VIEW_STATE, filters: { ...EMPTY_FILTERS, userTags: ['a,b', '100%', 'c'] } }
    const query = serializeViewQuery(state)
    expect(parseViewQuery(query, { sortable }).state.filters.userTags).toEqual(['a,b', '100%', 'c'])
  })

  it('have one key per facet, date field and on/off filter, none shared', () => {
    expect(new Set(LINK_KEYS).size).toBe(LINK_KEYS.length)
    expect(LINK_KEYS).toEqual(expect.arrayContaining([...FACETS, ...DATE_FIELDS, ...TOGGLES]))
  })
})

// Property-based: any view written as a link reads back as the same view, and no query text,
// however odd, makes the reader throw.
const text = fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.trim()).filter((s) => s.length > 0)
const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const range = fc.oneof(
  fc.record({ kind: fc.constant('between' as const), from: fc.option(isoDate, { nil: undefined }), to: fc.option(isoDate, { nil: undefined }) })
    .filter((r) => (r.from !== undefined || r.to !== undefined) && (!r.from || !r.to || r.from <= r.to)),
  fc.record({ kind: fc.constant('lastDays' as const), days: fc.integer({ min: 1, max: 3650 }) }),
  fc.constant({ kind: 'thisYear' as const }),
)
const viewState: fc.Arbitrary<ProjectsViewState> = fc.record({
  query: fc.option(text, { nil: '' }),
  maturity: fc.subarray(['sandbox', 'incubating', 'graduated', 'archived']),
  category: fc.uniqueArray(text, { maxLength: 4 }),
  userTags: fc.uniqueArray(text, { maxLength: 4 }),
  year: fc.uniqueArray(fc.integer({ min: 2015, max: 2030 }).map(String), { maxLength: 3 }),
  accepted: fc.option(range, { nil: undefined }),
  archived: fc.option(range, { nil: undefined }),
  starred: fc.boolean(),
  sorting: fc.uniqueArray(fc.record({ id: fc.constantFrom(...sortable), desc: fc.boolean() }), { minLength: 1, maxLength: 3, selector: (s) => s.id }),
  relevance: fc.boolean(),
  groupBy: fc.option(fc.constantFrom(...GROUP_KEYS), { nil: undefined }),
  layout: fc.constantFrom('table' as const, 'cards' as const),
}).map(({ query, maturity, category, userTags, year, accepted, archived, starred, sorting, relevance, groupBy, layout }) => ({
  filters: { ...EMPTY_FILTERS, query, maturity, category, userTags, year, starred, dates: { ...(accepted ? { accepted } : {}), ...(archived ? { archived } : {}) } },
  sorting, relevance, groupBy, layout,
}))

describe('Projects links, property-based', () => {
  it('read back every view they write', () => {
    fc.assert(fc.property(viewState, (state) => {
      const { state: back, ignored } = parseViewQuery(new URLSearchParams(viewQueryText(state)), { sortable })
      expect(ignored).toEqual([])
      expect(viewQueryText(back)).toBe(viewQueryText(state))
      expect(back.filters.category).toEqual(state.filters.category)
      expect(back.filters.userTags).toEqual(state.filters.userTags)
    }))
  })

  it('never throw, whatever the query', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...LINK_KEYS, 'other', ''), fc.string({ maxLength: 60 })), { maxLength: 20 }), (pairs) => {
      const { state } = parseViewQuery(new URLSearchParams(pairs), { sortable })
      expect(state.sorting.length).toBeGreaterThan(0)
    }))
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (raw) => {
      expect(() => parseViewQuery(new URLSearchParams(raw), { sortable })).not.toThrow()
    }))
  })

  it('read back every date range they write', () => {
    fc.assert(fc.property(range, (r) => { expect(formatRange(parseRange(formatRange(r)))).toBe(formatRange(r)) }))
  })
})
