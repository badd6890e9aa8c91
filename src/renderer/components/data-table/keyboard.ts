/** Which row index a navigation key moves focus to, or undefined for keys the table ignores. */
export function nextFocusIndex(key: string, index: number, count: number, pageRows: number): number | undefined {
  if (count === 0) return undefined
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i))
  switch (key) {
    case 'ArrowDown': return clamp(index + 1)
    case 'ArrowUp': return clamp(index - 1)
    case 'PageDown': return clamp(index + pageRows)
    case 'PageUp': return clamp(index - pageRows)
    case 'Home': return 0
    case 'End': return count - 1
    default: return undefined
  }
}
