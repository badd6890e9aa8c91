/**
 * The rows to show, in order: `sorted` (every row, in the user's sort) kept where `pass` is 1,
 * then, when ranks are given, ordered by rank with the user's sort breaking ties. Ranks are small
 * integers, so a counting sort does it in linear time.
 */
export function orderRows<R extends { index: number }>(sorted: readonly R[], pass: Uint8Array, ranks?: Int32Array): R[] {
  const kept = sorted.filter((row) => pass[row.index] === 1)
  if (!ranks || kept.length < 2) return kept
  let max = 0
  for (const row of kept) if (ranks[row.index] > max) max = ranks[row.index]
  const starts = new Int32Array(max + 2)
  for (const row of kept) starts[ranks[row.index] + 1]++
  for (let r = 0; r <= max; r++) starts[r + 1] += starts[r]
  const out = new Array<R>(kept.length)
  for (const row of kept) out[starts[ranks[row.index]]++] = row
  return out
}
