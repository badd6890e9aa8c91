import { foldText, otherLayout, stemOf, wordsOf } from './text'

/** One word of the query and the forms it may be found in. */
export interface QueryTerm {
  /** The word as typed, folded. */
  word: string
  /** Its stem, which finds the other forms of the word ("секретов" → "секрет"). */
  stem: string
  /** The last word while it is still being typed: it also matches as the start of a word. */
  prefix: boolean
  /** Words of 5 letters or more also match with one letter wrong, missing, extra or swapped. */
  fuzzy: boolean
  /** The same keys read on the other keyboard layout ("ыщзы" → "sops"), when they make a word. */
  layout?: { word: string; stem: string }
}

/** Longest query read: beyond this the rest is ignored (a pasted page must not stall typing). */
export const MAX_QUERY_LENGTH = 200
const MAX_TERMS = 12
export const FUZZY_MIN_LENGTH = 5

/**
 * The words of a query, each with its stem and layout twin. The last word counts as being typed
 * unless the query ends with a space.
 */
export function parseQuery(query: string): QueryTerm[] {
  const text = query.slice(0, MAX_QUERY_LENGTH)
  const typing = !/\s$/.test(text)
  const terms: QueryTerm[] = []
  for (const chunk of text.split(/\s+/).filter(Boolean)) {
    const words = wordsOf(foldText(chunk))
    const converted = otherLayout(chunk)
    const twins = converted === undefined ? [] : wordsOf(foldText(converted))
    words.forEach((word, i) => {
      const twin = twins.length === words.length && twins[i] !== word ? twins[i] : undefined
      terms.push({
        word,
        stem: stemOf(word),
        prefix: false,
        fuzzy: word.length >= FUZZY_MIN_LENGTH,
        layout: twin === undefined ? undefined : { word: twin, stem: stemOf(twin) },
      })
    })
  }
  if (typing && terms.length > 0) terms[terms.length - 1].prefix = true
  return terms.slice(0, MAX_TERMS)
}
