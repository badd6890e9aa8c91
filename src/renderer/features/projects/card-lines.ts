import type { GroupedItem } from '../../../shared/projects/group'

/**
 * The cards layout in lines, the unit it scrolls and virtualises by: a group's header on a line
 * of its own, then its cards `perLine` at a time. Items are referred to by their index in the
 * flat list (the reading order).
 */
export type CardLine = { kind: 'group'; index: number } | { kind: 'cards'; start: number; count: number }

export function cardLines(items: readonly GroupedItem<unknown>[], perLine: number): CardLine[] {
  const lines: CardLine[] = []
  let current: { kind: 'cards'; start: number; count: number } | undefined
  items.forEach((item, index) => {
    if (item.kind === 'group') {
      current = undefined
      lines.push({ kind: 'group', index })
    } else if (current && current.count < perLine) {
      current.count++
    } else {
      current = { kind: 'cards', start: index, count: 1 }
      lines.push(current)
    }
  })
  return lines
}

/** For each item, the line it is on. */
export function lineOfItems(lines: readonly CardLine[], itemCount: number): Int32Array {
  const lineOf = new Int32Array(itemCount)
  lines.forEach((line, i) => {
    if (line.kind === 'group') lineOf[line.index] = i
    else for (let k = 0; k < line.count; k++) lineOf[line.start + k] = i
  })
  return lineOf
}

function firstOf(line: CardLine): number {
  return line.kind === 'group' ? line.index : line.start
}

/** The item in `line` nearest to column `column` (a group header has one). */
function atColumn(line: CardLine, column: number): number {
  return line.kind === 'group' ? line.index : line.start + Math.min(column, line.count - 1)
}

/**
 * Where a key moves focus in the grid, in reading order: left and right step through the items
 * (across lines and groups), up and down keep the column, Home and End go to the ends, PageUp
 * and PageDown move by `pageLines`. Undefined for other keys.
 */
export function moveInCards(key: string, index: number, lines: readonly CardLine[], lineOf: Int32Array, pageLines: number): number | undefined {
  const count = lineOf.length
  if (count === 0) return undefined
  const line = lineOf[index]
  const column = lines[line].kind === 'cards' ? index - firstOf(lines[line]) : 0
  const toLine = (target: number) => atColumn(lines[Math.min(lines.length - 1, Math.max(0, target))], column)
  switch (key) {
    case 'ArrowRight': return Math.min(count - 1, index + 1)
    case 'ArrowLeft': return Math.max(0, index - 1)
    case 'ArrowDown': return toLine(line + 1)
    case 'ArrowUp': return toLine(line - 1)
    case 'PageDown': return toLine(line + pageLines)
    case 'PageUp': return toLine(line - pageLines)
    case 'Home': return 0
    case 'End': return count - 1
    default: return undefined
  }
}
