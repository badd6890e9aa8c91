import type { QueryTerm } from './query'
import { FIELD_CLASSES, NO_MATCH, termRank, type FieldClass, type MatchQuality, type TermMatches } from './rank'
import { foldedWords, nameParts, stemOf } from './text'

/** The text of one document, by field class. */
export type FieldTexts = Partial<Record<FieldClass, readonly string[]>>

/**
 * The index in plain arrays, so it can be stored or sent to another thread as it is: every word
 * (as written and as its stem) once, in sorted order, and per field class the documents holding
 * each word: `docs[offsets[w] .. offsets[w + 1]]` holds word w's documents in increasing order, each
 * as its gap from the one before (minus one) in 7-bit groups, low first, the high bit saying "more
 * follows". Most gaps fit one byte: a third of the memory of one 32-bit number per posting.
 */
export interface TermIndexData {
  documentCount: number
  words: string[]
  fields: { field: FieldClass; offsets: Int32Array; docs: Uint8Array }[]
}

/** Finds, for one query term, the documents it matches and how well (see rank.ts). */
export interface TermIndex {
  match: (term: QueryTerm) => TermMatches
}

/** Grows as postings are added; one per field while building. */
class PairBuffer {
  words = new Int32Array(1024)
  docs = new Int32Array(1024)
  length = 0
  push(word: number, doc: number): void {
    if (this.length === this.words.length) {
      const words = new Int32Array(this.length * 2); words.set(this.words); this.words = words
      const docs = new Int32Array(this.length * 2); docs.set(this.docs); this.docs = docs
    }
    this.words[this.length] = word
    this.docs[this.length++] = doc
  }
}

/** Builds the index data for documents in order (document number = position). */
export function buildTermIndex(documents: readonly FieldTexts[], fields: readonly FieldClass[] = FIELD_CLASSES): TermIndexData {
  const ids = new Map<string, number>()
  const words: string[] = []
  // Each distinct word's stem id, worked out the first time the word is met.
  let stemIds = new Int32Array(1024)
  const idOf = (word: string): number => {
    let id = ids.get(word)
    if (id === undefined) {
      id = words.length
      ids.set(word, id)
      words.push(word)
      if (stemIds.length < words.length) { const grown = new Int32Array(stemIds.length * 2); grown.set(stemIds); stemIds = grown }
      const stem = stemOf(word)
      stemIds[id] = stem === word ? id : idOf(stem)
    }
    return id
  }
  const buffers = fields.map(() => new PairBuffer())
  // Per word, the last (document, field) it was recorded for: each posting is kept once.
  let lastSeen = new Int32Array(1024).fill(-1)
  const found: string[] = []
  documents.forEach((doc, d) => {
    fields.forEach((field, f) => {
      const texts = doc[field]
      if (!texts) return
      const buffer = buffers[f]
      const mark = d * fields.length + f
      for (const text of texts) {
        found.length = 0
        foldedWords(text, found)
        if (field === 'name') found.push(...nameParts(text))
        for (const word of found) {
          const wordId = idOf(word)
          const stemId = stemIds[wordId]
          if (lastSeen.length < words.length) { const grown = new Int32Array(words.length * 2).fill(-1); grown.set(lastSeen); lastSeen = grown }
          if (lastSeen[wordId] !== mark) { lastSeen[wordId] = mark; buffer.push(wordId, d) }
          if (stemId !== wordId && lastSeen[stemId] !== mark) { lastSeen[stemId] = mark; buffer.push(stemId, d) }
        }
      }
    })
  })
  // Sorted words put every word with a given start in one run of ids: a prefix is a range.
  const order = words.map((_, i) => i).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0))
  const renumbered = new Int32Array(words.length)
  order.forEach((old, i) => { renumbered[old] = i })
  for (const buffer of buffers) for (let i = 0; i < buffer.length; i++) buffer.words[i] = renumbered[buffer.words[i]]
  return {
    documentCount: documents.length,
    words: order.map((old) => words[old]),
    fields: fields.map((field, f) => ({ field, ...compressedRows(buffers[f], words.length) })),
  }
}

/** Sorts (word, doc) pairs by word, keeping document order within a word, and packs each word's documents as gaps. */
function compressedRows(pairs: PairBuffer, wordCount: number): { offsets: Int32Array; docs: Uint8Array } {
  const starts = new Int32Array(wordCount + 1)
  for (let i = 0; i < pairs.length; i++) starts[pairs.words[i] + 1]++
  for (let w = 0; w < wordCount; w++) starts[w + 1] += starts[w]
  const next = starts.slice(0, wordCount)
  const sorted = new Int32Array(pairs.length)
  for (let i = 0; i < pairs.length; i++) sorted[next[pairs.words[i]]++] = pairs.docs[i]
  // Byte offsets: each gap takes one byte per 7 bits.
  const offsets = new Int32Array(wordCount + 1)
  for (let w = 0; w < wordCount; w++) {
    let bytes = 0
    let previous = -1
    for (let i = starts[w]; i < starts[w + 1]; i++) {
      bytes += gapBytes(sorted[i] - previous - 1)
      previous = sorted[i]
    }
    offsets[w + 1] = offsets[w] + bytes
  }
  const docs = new Uint8Array(offsets[wordCount])
  for (let w = 0; w < wordCount; w++) {
    let at = offsets[w]
    let previous = -1
    for (let i = starts[w]; i < starts[w + 1]; i++) {
      let gap = sorted[i] - previous - 1
      previous = sorted[i]
      while (gap >= 128) { docs[at++] = (gap & 127) | 128; gap >>>= 7 }
      docs[at++] = gap
    }
  }
  return { offsets, docs }
}

function gapBytes(gap: number): number {
  let bytes = 1
  while (gap >= 128) { gap >>>= 7; bytes++ }
  return bytes
}

/** First index in the sorted words whose word is not below `key`. */
function lowerBound(words: readonly string[], key: string): number {
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (words[mid] < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789'
const CYRILLIC_LETTERS = 'абвгдежзийклмнопрстуфхцчшщъыьэюя'

/** Variants of the last words looked up: typing re-asks for the same words on every keystroke. */
const recentVariants = new Map<string, ReadonlySet<string>>()

/** Every string one edit away from `word` (a letter changed, missing, added, or two swapped). */
export function oneEditAway(word: string): ReadonlySet<string> {
  let variants = recentVariants.get(word)
  if (!variants) {
    variants = editsOf(word)
    if (recentVariants.size >= 64) recentVariants.delete(recentVariants.keys().next().value!)
    recentVariants.set(word, variants)
  }
  return variants
}

function editsOf(word: string): Set<string> {
  const letters = /[а-я]/.test(word) ? CYRILLIC_LETTERS : LATIN_LETTERS
  const out = new Set<string>()
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail) out.add(head + tail.slice(1))
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2))
    for (const ch of letters) {
      out.add(head + ch + tail)
      if (tail) out.add(head + ch + tail.slice(1))
    }
  }
  out.delete(word)
  return out
}

/** Below this length, the word being typed matches the start of names, tags and categories only. */
export const TEXT_PREFIX_MIN = 3

/**
 * Looks a term up in the sorted words (exactly, as a prefix, or one edit away) and marks the
 * documents of every word found with the rank of its best field and quality.
 */
export function termIndexOf(data: TermIndexData): TermIndex {
  // A word's id by binary search in the sorted words: a map of every word would hold a second
  // copy of the vocabulary (tens of megabytes on a large catalogue) for lookups this fast anyway.
  const idOf = { get: (word: string): number | undefined => {
    const at = lowerBound(data.words, word)
    return data.words[at] === word ? at : undefined
  } }

  return {
    match(term) {
      const matches: TermMatches = new Uint8Array(data.documentCount).fill(NO_MATCH)
      const mark = (first: number, last: number, quality: MatchQuality, everywhere: boolean) => {
        for (const { field, offsets, docs } of data.fields) {
          if (!everywhere && (field === 'texts' || field === 'personal')) continue
          const rank = termRank(field, quality)
          for (let w = first; w <= last; w++) {
            let doc = -1
            for (let i = offsets[w], end = offsets[w + 1]; i < end;) {
              let gap = 0
              let shift = 0
              let byte: number
              do {
                byte = docs[i++]
                gap += (byte & 127) * 2 ** shift
                shift += 7
              } while (byte & 128)
              doc += gap + 1
              if (rank < matches[doc]) matches[doc] = rank
            }
          }
        }
      }
      const exact = new Set<number>()
      for (const word of [term.word, term.stem, term.layout?.word, term.layout?.stem]) {
        const id = word === undefined ? undefined : idOf.get(word)
        if (id !== undefined) exact.add(id)
      }
      for (const id of exact) mark(id, id, 'word', true)
      for (const typed of [term.word, term.layout?.word]) {
        if (!typed) continue
        if (term.prefix) {
          const first = lowerBound(data.words, typed)
          const end = lowerBound(data.words, `${typed}\uffff`)
          if (end > first) mark(first, end - 1, 'prefix', typed.length >= TEXT_PREFIX_MIN)
        }
        if (term.fuzzy && typed.length >= 5) {
          for (const variant of oneEditAway(typed)) {
            const id = idOf.get(variant)
            if (id !== undefined && !exact.has(id)) mark(id, id, 'typo', true)
          }
        }
      }
      return matches
    },
  }
}
