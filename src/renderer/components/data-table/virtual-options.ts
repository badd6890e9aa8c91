import type { RefObject } from 'react'

/*
 * Functions for useVirtualizer's options, made here rather than inside a component. The
 * virtualiser keeps the options of its first render for as long as it lives (react-virtual's
 * adapter closes over them), and a function made inside a component keeps every variable of that
 * render alive with it: there, the whole list of rows the table first showed, tens of megabytes at
 * 100,000 projects once the rows are made again (new columns). These keep only what they are given.
 */

/** Every item the same height. */
export function fixedSize(height: number): () => number {
  return () => height
}

/** The scrolling element, read when the virtualiser asks. */
export function elementOf<E extends HTMLElement>(ref: RefObject<E | null>): () => E | null {
  return () => ref.current
}

/** Sizes and keys of lines that hold only indices and kinds (card-lines.ts), not the rows. */
export function lineSizes<L>(lines: readonly L[], measure: (line: L) => number, fallback: number): (index: number) => number {
  return (index) => (lines[index] ? measure(lines[index]) : fallback)
}
