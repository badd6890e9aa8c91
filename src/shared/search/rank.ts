import type { QueryTerm } from './query'

/**
 * Where a word was found, best first: the name or id, the tags and categories, the summaries and
 * highlights, then the user's own note and tags.
 */
export const FIELD_CLASSES = ['name', 'labels', 'texts', 'personal'] as const
export type FieldClass = (typeof FIELD_CLASSES)[number]

/** How a word was found, best first: the word or another form of it, its start, one typo away. */
export const MATCH_QUALITIES = ['word', 'prefix', 'typo'] as const
export type MatchQuality = (typeof MATCH_QUALITIES)[number]

/** A term's match as one small number, lower is better: the field counts more than the quality. */
export function termRank(field: FieldClass, quality: MatchQuality): number {
  return FIELD_CLASSES.indexOf(field) * MATCH_QUALITIES.length + MATCH_QUALITIES.indexOf(quality)
}

/** How an indexed word relates to a query term. */
export function qualityOf(indexed: string, term: QueryTerm): MatchQuality {
  if (indexed === term.word || indexed === term.stem) return 'word'
  if (term.layout && (indexed === term.layout.word || indexed === term.layout.stem)) return 'word'
  if (term.prefix && (indexed.startsWith(term.word) || (term.layout !== undefined && indexed.startsWith(term.layout.word)))) return 'prefix'
  return 'typo'
}

/** For one term, per document: the best rank the term reaches in it, or NO_MATCH. */
export type TermMatches = Uint8Array
export const NO_MATCH = 255

/**
 * Documents that match every term, each with the sum of its terms' best ranks (lower is better),
 * or -1 where some term is missing.
 */
export function combineTerms(perTerm: readonly TermMatches[], documentCount: number): { ranks: Int32Array; count: number } {
  const ranks = new Int32Array(documentCount)
  let count = 0
  for (let doc = 0; doc < documentCount; doc++) {
    let total = 0
    for (const matches of perTerm) {
      const rank = matches[doc]
      if (rank === NO_MATCH) { total = -1; break }
      total += rank
    }
    ranks[doc] = total
    if (total >= 0) count++
  }
  return { ranks, count }
}
