import { parseQuery, type QueryTerm } from './query'
import { foldText, stemOf } from './text'

/** A stretch of a text to mark as matching the query: [start, end) in UTF-16 units. */
export type Range = readonly [start: number, end: number]

const WORD = /[\p{L}\p{N}]+/gu

/** True when `a` and `b` differ by at most one letter changed, missing, added, or two swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Whether one folded word of a text answers a query term, the way the index matches it. */
function wordMatches(word: string, term: QueryTerm): boolean {
  const forms = [term.word, term.layout?.word]
  if (forms.includes(word)) return true
  const stem = stemOf(word)
  if (stem === term.stem || (term.layout && stem === term.layout.stem)) return true
  if (term.prefix && forms.some((f) => f !== undefined && word.startsWith(f))) return true
  if (!term.fuzzy) return false
  return forms.some((f) => f !== undefined && f.length >= 5 && (withinOneEdit(word, f) || withinOneEdit(stem, f)))
}

/**
 * A matcher for the words of a query, made once per query and applied to each visible cell:
 * the ranges of `text` whose words the search matched (whole words, or the typed start of one).
 */
export function queryHighlighter(query: string): (text: string) => Range[] {
  const terms = parseQuery(query)
  if (terms.length === 0) return () => []
  return (text) => {
    // Folding keeps one character per character for the scripts we index, so offsets carry over.
    const folded = foldText(text)
    if (folded.length !== text.length) return []
    const ranges: Range[] = []
    for (const match of folded.matchAll(WORD)) {
      const word = match[0]
      const start = match.index
      const hit = terms.findIndex((term) => wordMatches(word, term))
      if (hit < 0) continue
      const term = terms[hit]
      const exactish = !term.prefix || word === term.word || stemOf(word) === term.stem
      const typed = [term.word, term.layout?.word].find((f) => f !== undefined && word.startsWith(f))
      ranges.push([start, start + (exactish || typed === undefined ? word.length : typed.length)])
    }
    return ranges
  }
}

/**
 * Where a one-line cell should start showing `text` so the first marked range is in view: 0 when
 * it starts within `lead * 2` characters; otherwise the start of the word about `lead` characters
 * before it (the cell then shows "…" and the rest). Linear, no regular expression.
 */
export function excerptStart(text: string, ranges: readonly Range[], lead = 24): number {
  const first = ranges[0]?.[0]
  if (first === undefined || first <= lead * 2) return 0
  const space = text.lastIndexOf(' ', first - lead)
  return space < 0 ? first - lead : space + 1
}
