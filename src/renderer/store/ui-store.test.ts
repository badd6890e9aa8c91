import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW_QUERY, readTableState } from './ui-store'

describe('the stored table state', () => {
  it('reads today\'s shape as it is', () => {
    const stored = { lastViewQuery: 'maturity=archived&sort=-archived&layout=cards', columnVisibility: { tags: true }, columnSizing: { summary: 420 } }
    expect(readTableState(stored)).toEqual(stored)
  })

  it('turns version 1\'s filters and sort into the view\'s query', () => {
    const v1 = {
      filters: { query: 'mesh', maturity: ['sandbox', 'incubating'], category: ['Runtime'], year: [], tags: [], starred: true, hasNote: false },
      sorting: [{ id: 'accepted', desc: true }],
      columnVisibility: { tags: false },
    }
    expect(readTableState(v1)).toEqual({
      lastViewQuery: 'q=mesh&maturity=sandbox%2Cincubating&category=Runtime&starred=1&sort=-accepted',
      columnVisibility: { tags: false },
      columnSizing: {},
    })
  })

  it('falls back to the defaults for anything damaged, field by field', () => {
    expect(readTableState(null)).toEqual({ lastViewQuery: DEFAULT_VIEW_QUERY, columnVisibility: {}, columnSizing: {} })
    // A damaged field is left out whole (and reported when read from storage: persisted.test.ts); the others stay.
    expect(readTableState({ lastViewQuery: 42, columnVisibility: { a: 'yes', b: false }, columnSizing: { b: 120 } }))
      .toEqual({ lastViewQuery: DEFAULT_VIEW_QUERY, columnVisibility: {}, columnSizing: { b: 120 } })
    expect(readTableState({ filters: { maturity: 'sandbox', category: [1, 'Runtime'], tags: ['mesh'] }, sorting: 'name' }).lastViewQuery)
      .toBe('maturity=sandbox&tags=mesh&sort=name')
  })
})
