import { describe, expect, it } from 'vitest'
import type { GroupedItem } from '../../../shared/projects/group'
import { cardLines, lineOfItems, moveInCards } from './card-lines'

const item = (index: number): GroupedItem<string> => ({ kind: 'item', item: `p${index}`, index })
const group = (key: string, count: number): GroupedItem<string> => ({ kind: 'group', key, count, collapsed: false })

// [A] p0 p1 p2 | p3 p4 ; [B] p5 ; [C] (collapsed)
const items = [group('A', 5), item(0), item(1), item(2), item(3), item(4), group('B', 1), item(5), { ...group('C', 2), collapsed: true }]
const lines = cardLines(items, 3)
const lineOf = lineOfItems(lines, items.length)
const move = (key: string, from: number) => moveInCards(key, from, lines, lineOf, 2)

describe('cards in lines', () => {
  it('puts each group header on its own line and cards perLine at a time', () => {
    expect(lines).toEqual([
      { kind: 'group', index: 0 },
      { kind: 'cards', start: 1, count: 3 },
      { kind: 'cards', start: 4, count: 2 },
      { kind: 'group', index: 6 },
      { kind: 'cards', start: 7, count: 1 },
      { kind: 'group', index: 8 },
    ])
    expect([...lineOf]).toEqual([0, 1, 1, 1, 2, 2, 3, 4, 5])
  })

  it('moves in reading order with left and right, across lines and groups', () => {
    expect(move('ArrowRight', 3)).toBe(4)
    expect(move('ArrowRight', 5)).toBe(6)
    expect(move('ArrowLeft', 0)).toBe(0)
    expect(move('ArrowRight', 8)).toBe(8)
  })

  it('keeps the column going up and down, as near as a shorter line allows', () => {
    expect(move('ArrowDown', 3)).toBe(5)
    expect(move('ArrowUp', 5)).toBe(2)
    expect(move('ArrowDown', 5)).toBe(6)
    expect(move('ArrowDown', 6)).toBe(7)
    expect(move('ArrowUp', 1)).toBe(0)
  })

  it('goes to the ends and by pages', () => {
    expect(move('Home', 5)).toBe(0)
    expect(move('End', 2)).toBe(8)
    expect(move('PageDown', 2)).toBe(6)
    expect(move('PageUp', 7)).toBe(4)
    expect(move('Tab', 2)).toBeUndefined()
  })

  it('handles an empty list', () => {
    expect(cardLines([], 4)).toEqual([])
    expect(moveInCards('ArrowDown', 0, [], new Int32Array(0), 2)).toBeUndefined()
  })
})
