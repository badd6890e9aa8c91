import { createContext, useContext, type ReactNode } from 'react'
import { excerptStart } from '../../shared/search/highlight'

/** Stretches of a text to mark, [start, end), in order and not overlapping. */
export type MarkRanges = readonly (readonly [number, number])[]

/** What a search matched in a text; nothing outside a search. */
export type TextMarker = (text: string) => MarkRanges
const NO_MARKS: TextMarker = () => []

/**
 * The current search's marker. Cells read it through context, so a new query re-marks the visible
 * cells without the table rebuilding its columns (memoised rows still update: context reaches them).
 */
export const SearchMarksContext = createContext<TextMarker>(NO_MARKS)

/**
 * A text with some stretches in <mark> (what a search matched); plain text when there are none.
 * `excerpt`: a one-line cell whose first match would be cut off shows "…" and the text from a few
 * words before it.
 */
export function HighlightedText({ text, ranges, excerpt }: { text: string; ranges: MarkRanges; excerpt?: boolean }): ReactNode {
  if (ranges.length === 0) return text
  const from = excerpt ? excerptStart(text, ranges) : 0
  const parts: ReactNode[] = from > 0 ? ['…'] : []
  let at = from
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start))
    parts.push(<mark key={start} className="search-match">{text.slice(start, end)}</mark>)
    at = end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}

/** `text` marked by the search in context (see SearchMarksContext). */
export function Marked({ text, excerpt }: { text: string; excerpt?: boolean }): ReactNode {
  const mark = useContext(SearchMarksContext)
  return <HighlightedText text={text} ranges={mark(text)} excerpt={excerpt} />
}
