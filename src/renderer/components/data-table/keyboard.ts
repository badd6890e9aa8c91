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

/**
 * What a key does on a group's header row: Enter or Space fold or unfold it, ArrowLeft folds an
 * open group, ArrowRight opens a folded one. Undefined for keys that move focus instead.
 */
export function groupKeyAction(key: string, collapsed: boolean): 'toggle' | undefined {
  if (key === 'Enter' || key === ' ') return 'toggle'
  if (key === 'ArrowLeft' && !collapsed) return 'toggle'
  if (key === 'ArrowRight' && collapsed) return 'toggle'
  return undefined
}
