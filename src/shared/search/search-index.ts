import { buildTermIndex, termIndexOf, type TermIndex, type TermIndexData } from './term-index'
import { parseQuery, type QueryTerm } from './query'
import { combineTerms, type TermMatches } from './rank'
import { foldText, otherLayout } from './text'

/** What the search reads of a project: its name and id, and its words by where they are. */
export interface SearchDocument {
  id: string
  name: string
  /** Tags, categories and subcategories (in any language). */
  labels: readonly string[]
  /** Summaries, highlights, the upstream description. */
  texts: readonly string[]
}

/** The user's own words about a project: its note and tags. */
export interface PersonalDocument {
  id: string
  texts: readonly string[]
}

/** How a name relates to the whole query, ahead of every word-level rank. */
const NAME_EXACT = 0
const NAME_PREFIX = 1
const OTHER = 2
/** Room for the word-level ranks of every term under one name tier (at most 12 terms of 11 each). */
const TIER = 1000
/** Term matches kept (see ProjectSearchIndex.matchTerm). */
const RECENT_TERMS = 16

/** The user's words, searched with the projects' (see ProjectSearchIndex.personalIndex). */
export interface PersonalIndex {
  terms: TermIndex
  /** Document number in the project index of each personal document. */
  docs: Int32Array
}

export interface SearchHits {
  /** Rank of each document (by position in the list the index was built from), lower first; -1: no match. */
  ranks: Int32Array
  /** How many documents match. */
  count: number
}

/**
 * The project search: documents in, ranks out. Name and id first (the whole name, then its
 * start), then words found in tags and categories, then in summaries and highlights, then in the
 * user's note and tags; within a field, the word itself before its start before a typo.
 * Equal ranks are left to the caller's sort.
 */
export class ProjectSearchIndex {
  private readonly terms: TermIndex
  private readonly names: string[]
  private readonly ids: string[]
  private readonly recent = new Map<string, TermMatches>()
  /** Documents in the order of their folded names, then of their ids: made at the first search. */
  private sorted?: { byName: Int32Array; byId: Int32Array }

  /** From index data built earlier (another thread, a cache): `ids` and `names` in the same order. */
  constructor(ids: readonly string[], names: readonly string[], data: TermIndexData) {
    this.ids = [...ids]
    this.names = names.map(foldText)
    this.terms = termIndexOf(data)
  }

  static build(documents: readonly SearchDocument[]): ProjectSearchIndex {
    return new ProjectSearchIndex(documents.map((d) => d.id), documents.map((d) => d.name), buildSearchData(documents))
  }

  get size(): number {
    return this.ids.length
  }

  /** An index of the user's words (notes and tags), which change while this index stays. */
  personalIndex(documents: readonly PersonalDocument[]): PersonalIndex | undefined {
    const position = new Map(this.ids.map((id, i) => [id, i]))
    const known = documents.filter((d) => position.has(d.id) && d.texts.length > 0)
    if (known.length === 0) return undefined
    return {
      terms: termIndexOf(buildTermIndex(known.map((d) => ({ personal: d.texts })), ['personal'])),
      docs: Int32Array.from(known, (d) => position.get(d.id)!),
    }
  }

  /** Ranks of every document for a query; undefined when the query has no words (everything matches). */
  search(query: string, personal?: PersonalIndex): SearchHits | undefined {
    const terms = parseQuery(query)
    if (terms.length === 0) return undefined
    const perTerm = terms.map((term) => {
      const found = this.matchTerm(term)
      if (!personal) return found
      const merged = found.slice()
      mergePersonal(merged, personal.terms.match(term), personal.docs)
      return merged
    })
    const { ranks, count } = combineTerms(perTerm, this.ids.length)
    for (let doc = 0; doc < ranks.length; doc++) if (ranks[doc] >= 0) ranks[doc] += OTHER * TIER
    this.raiseNames(ranks, wholeQueryForms(query))
    return { ranks, count }
  }

  /**
   * Does ahead what the first search would do: sorts the names and ids, and runs the search's code
   * once (V8 compiles it on first use) with a one-letter and a whole-word query, the first name's.
   * The first keystroke then costs what the later ones do.
   */
  prepare(): void {
    this.sortedOrders()
    const word = this.names.find((name) => /^[a-zа-я]{5,}/.test(name))?.split(' ')[0]
    if (!word) return
    this.search(word[0])
    this.search(word)
  }

  /** Ids of the matching documents, best first (ties in the order the index was built from). */
  rankedIds(query: string, limit = Number.POSITIVE_INFINITY, personal?: PersonalIndex): string[] {
    const hits = this.search(query, personal)
    if (!hits) return []
    const order: number[] = []
    hits.ranks.forEach((rank, doc) => { if (rank >= 0) order.push(doc) })
    order.sort((a, b) => hits.ranks[a] - hits.ranks[b] || a - b)
    return order.slice(0, limit).map((doc) => this.ids[doc])
  }

  /**
   * A term's matches, kept for the last few terms: typing changes the last word only, so every
   * keystroke asks again for the words before it. The arrays kept are never changed.
   */
  private matchTerm(term: QueryTerm): TermMatches {
    const key = `${term.word}|${term.prefix}|${term.fuzzy}|${term.layout?.word ?? ''}`
    let found = this.recent.get(key)
    if (found) {
      this.recent.delete(key)
    } else {
      found = this.terms.match(term)
      if (this.recent.size >= RECENT_TERMS) this.recent.delete(this.recent.keys().next().value!)
    }
    this.recent.set(key, found)
    return found
  }

  private sortedOrders(): { byName: Int32Array; byId: Int32Array } {
    this.sorted ??= { byName: orderOf(this.names), byId: orderOf(this.ids) }
    return this.sorted
  }

  /**
   * Moves the matched documents whose name or id is the whole query, or starts with it, to their
   * tier. Binary search in the sorted names finds them: a keystroke that matches nearly every
   * document (a first letter) compares the query with the few names that start with it only.
   */
  private raiseNames(ranks: Int32Array, whole: readonly string[]): void {
    const { byName, byId } = this.sortedOrders()
    for (const [keys, order] of [[this.names, byName], [this.ids, byId]] as const) {
      for (const q of whole) {
        for (let i = lowerBoundIn(keys, order, q); i < order.length && keys[order[i]].startsWith(q); i++) {
          const doc = order[i]
          if (ranks[doc] < 0) continue
          const tier = keys[doc] === q ? NAME_EXACT : NAME_PREFIX
          const current = Math.floor(ranks[doc] / TIER)
          if (tier < current) ranks[doc] -= (current - tier) * TIER
        }
      }
    }
  }

}

/** The whole query as a name would be compared with it, as typed and on the other layout. */
function wholeQueryForms(query: string): string[] {
  const typed = foldText(query).trim().replace(/\s+/g, ' ')
  const converted = query.trim().split(/\s+/).map(otherLayout)
  return converted.some((c) => c === undefined) ? [typed] : [typed, foldText(converted.join(' '))]
}

/** Positions of `keys` in code-unit order (as `startsWith` compares). */
function orderOf(keys: readonly string[]): Int32Array {
  return Int32Array.from(keys.keys()).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b))
}

/** The first place in `order` whose key is not below `key`. */
function lowerBoundIn(keys: readonly string[], order: Int32Array, key: string): number {
  let lo = 0
  let hi = order.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (keys[order[mid]] < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

function mergePersonal(into: TermMatches, personal: TermMatches, docs: Int32Array): void {
  for (let local = 0; local < personal.length; local++) if (personal[local] < into[docs[local]]) into[docs[local]] = personal[local]
}

/** The index data of the documents' name, labels and texts (the heavy part; can run in a worker). */
export function buildSearchData(documents: readonly SearchDocument[]): TermIndexData {
  return buildTermIndex(documents.map((d) => ({ name: [d.name, d.id], labels: d.labels, texts: d.texts })), ['name', 'labels', 'texts'])
}
