import { normalizeForSearch } from '../projects/filter'
import { markdownToText } from './plain-text'

export interface NoteLike {
  projectId: string
  markdown: string
  updatedAt: string
}

/** A piece of note text; `match` pieces are rendered highlighted (<mark>) by the view. */
export interface SnippetPart {
  text: string
  match: boolean
}

export interface NoteHit<N extends NoteLike> {
  note: N
  /** The note's first lines around the first match (or its start, without a query). */
  snippet: SnippetPart[]
}

/**
 * Full-text search over notes (and the projects' names, passed in): every term must occur,
 * case- and accent-insensitively (ё = е). Results are newest first.
 */
export function searchNotes<N extends NoteLike>(notes: readonly N[], query: string, nameOf: (projectId: string) => string = (id) => id, width = 180): NoteHit<N>[] {
  const terms = normalizeForSearch(query).split(/\s+/).filter(Boolean)
  return [...notes]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .filter((note) => {
      const haystack = normalizeForSearch(`${nameOf(note.projectId)}\n${note.markdown}`)
      return terms.every((term) => haystack.includes(term))
    })
    .map((note) => ({ note, snippet: snippetOf(plainText(note.markdown), terms, width) }))
}

/** Markdown reduced to readable text for snippets (markup characters dropped, one line). */
export function plainText(markdown: string): string {
  return markdownToText(markdown, { images: 'alt', code: 'keep', dropChars: '*_`~', dropAs: '' })
}

/**
 * Cuts `width` characters around the first matching term and splits them into plain and match
 * parts. Matching runs on a normalised copy of the same length, so offsets map back exactly.
 */
export function snippetOf(text: string, terms: readonly string[], width = 180): SnippetPart[] {
  const folded = foldSameLength(text)
  const first = terms.reduce((best, term) => {
    const at = folded.indexOf(term)
    return at >= 0 && (best < 0 || at < best) ? at : best
  }, -1)
  const start = first < 0 ? 0 : Math.max(0, first - Math.floor(width / 3))
  const end = Math.min(text.length, start + width)
  const ranges: [number, number][] = []
  for (const term of terms) {
    if (!term) continue
    for (let at = folded.indexOf(term, start); at >= 0 && at < end; at = folded.indexOf(term, at + term.length)) {
      ranges.push([at, Math.min(end, at + term.length)])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  const parts: SnippetPart[] = []
  let cursor = start
  if (start > 0) parts.push({ text: '…', match: false })
  for (const [from, to] of merged) {
    if (from > cursor) parts.push({ text: text.slice(cursor, from), match: false })
    parts.push({ text: text.slice(from, to), match: true })
    cursor = to
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), match: false })
  if (end < text.length) parts.push({ text: '…', match: false })
  return parts
}

const folds = new Map<string, string>()

/** Lower-cases, drops accents and maps ё to е one character at a time, keeping positions. */
function foldSameLength(text: string): string {
  // ASCII folds by lower-casing alone: the common case, done at native speed.
  if (/^[\u0000-\u007f]*$/.test(text)) return text.toLowerCase()
  const parts: string[] = []
  for (const ch of text) {
    let folded = folds.get(ch)
    if (folded === undefined) {
      folded = normalizeForSearch(ch)
      // Characters whose folding changes length (rare ligatures) keep their place as themselves.
      if (folded.length !== ch.length) folded = ch
      if (folds.size < 10_000) folds.set(ch, folded)
    }
    parts.push(folded)
  }
  return parts.join('')
}
