import { describe, expect, it } from 'vitest'
import { orderRows } from './row-order'

const rows = ['a', 'b', 'c', 'd', 'e'].map((id, index) => ({ id, index }))
// The user's sort: e, d, c, b, a.
const sorted = [...rows].reverse()

describe('orderRows', () => {
  it('keeps the user\'s sort for the rows that pass', () => {
    expect(orderRows(sorted, Uint8Array.from([1, 0, 1, 1, 0])).map((r) => r.id)).toEqual(['d', 'c', 'a'])
  })

  it('orders by rank, ties in the user\'s sort', () => {
    const ranks = Int32Array.from([5, 0, 5, 1000, 0])
    expect(orderRows(sorted, Uint8Array.from([1, 1, 1, 1, 1]), ranks).map((r) => r.id)).toEqual(['e', 'b', 'c', 'a', 'd'])
  })
})
