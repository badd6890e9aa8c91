import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import type { HealthIndex } from '../health/health-index'
import { EMPTY_USER_DATA, EMPTY_FILTERS, facetOptions, filterContext, filterProjects } from './filter'
import { columnOf } from './facet-columns'
import { FACETS } from './facets'
import { tableProject } from './rows'

const projects = ['alpha', 'beta', 'gamma'].map((id) => tableProject(makeProject({ id })))
const at = (facet: (typeof FACETS)[number]) => FACETS.indexOf(facet)
const user = (lists: [string, string[]][]) => ({ ...EMPTY_USER_DATA, listsOf: new Map(lists) })
const health = (rating: 'a' | 'b'): HealthIndex => ({
  figures: new Map([['beta', { clomonitor: { name: 'beta', score: 80, rating, sections: {}, passed: [], failed: [], fetchedAt: 'x' } }]]),
  trends: new Map(),
})

describe('facet columns over the user\'s data and health figures', () => {
  it('are made again only when the part of the context they read changes', () => {
    const lists = user([['alpha', ['try-first']]])
    const first = filterContext({ user: lists, health: health('a'), today: '2026-11-26' })
    const listsColumn = columnOf(projects, at('lists'), first)
    const ratingColumn = columnOf(projects, at('clomonitorRating'), first)
    // New health figures: the lists' column is the one already made, the rating's is new.
    const second = filterContext({ user: lists, health: health('b'), today: '2026-11-26' })
    expect(columnOf(projects, at('lists'), second)).toBe(listsColumn)
    expect(columnOf(projects, at('clomonitorRating'), second)).not.toBe(ratingColumn)
    expect(facetOptions(projects, EMPTY_FILTERS, second).clomonitorRating).toEqual([{ value: 'b', count: 1 }])
    expect(filterProjects(projects, { ...EMPTY_FILTERS, lists: ['try-first'] }, second).map((p) => p.id)).toEqual(['alpha'])
  })

  it('hold no value for any project while the user has recorded nothing', () => {
    const empty = filterContext({ today: '2026-11-26' })
    for (const facet of ['lists', 'userTags', 'status', 'clomonitorRating', 'failsCheck', 'badgeLevel', 'trend'] as const) {
      const column = columnOf(projects, at(facet), empty)
      expect(column.values, facet).toEqual([])
      expect([...column.codes], facet).toEqual([-1, -1, -1])
      expect(facetOptions(projects, EMPTY_FILTERS, empty)[facet], facet).toEqual([])
    }
    // A filter on a value nobody has finds nothing, rather than everything.
    expect(filterProjects(projects, { ...EMPTY_FILTERS, userTags: ['edge'] }, empty)).toEqual([])
  })
})
