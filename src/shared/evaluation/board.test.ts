import { describe, expect, it } from 'vitest'
import { neighbourForMove, orderColumn, placeCard } from './board'

const p = (id: string) => ({ id, name: id.toUpperCase() })

describe('board order', () => {
  it('puts stored cards first in their order, the rest by name, skipping ids no longer in the column', () => {
    expect(orderColumn([p('c'), p('a'), p('b'), p('d')], ['d', 'gone', 'b']).map((x) => x.id)).toEqual(['d', 'b', 'a', 'c'])
  })

  it('places a card before another or at the end, keeping hidden cards where they were', () => {
    expect(placeCard(['a', 'x', 'b', 'c'], 'c', 'b')).toEqual(['a', 'x', 'c', 'b'])
    expect(placeCard(['a', 'x', 'b'], 'a', null)).toEqual(['x', 'b', 'a'])
    expect(placeCard(['a', 'b'], 'new', 'a')).toEqual(['new', 'a', 'b'])
  })

  it('finds where a keyboard move up or down lands among the cards shown', () => {
    expect(neighbourForMove(['a', 'b', 'c'], 'b', 1)).toEqual({ beforeId: null })
    expect(neighbourForMove(['a', 'b', 'c'], 'b', -1)).toEqual({ beforeId: 'a' })
    expect(neighbourForMove(['a', 'b', 'c'], 'a', 1)).toEqual({ beforeId: 'c' })
    expect(neighbourForMove(['a', 'b', 'c'], 'a', -1)).toBeUndefined()
    expect(neighbourForMove(['a', 'b', 'c'], 'c', 1)).toBeUndefined()
  })
})
