/**
 * Keeps a note's Markdown within what the preview's parser handles in linear time. The parser
 * (micromark) overflows its stack on deep nesting and spends quadratic time on some delimiter
 * patterns inside one paragraph; both are cut off here, in one pass over the lines, before it runs.
 * Ordinary notes come through unchanged: the limits sit far beyond what people write.
 */
export const MARKDOWN_LIMITS = {
  /** Characters shown until the reader asks for all of a huge note. */
  previewLength: 20_000,
  /** Quotes and list levels on one line (indentation counts one level per two columns). */
  depth: 32,
  /** Emphasis and link delimiters (* _ ~ [ ]) in one paragraph; the rest are shown as text. */
  delimitersPerBlock: 300,
  /** Characters in one paragraph before it is broken in two. */
  blockLength: 3_000,
} as const

export type MarkdownLimits = { [K in keyof typeof MARKDOWN_LIMITS]: number }

export interface BoundedMarkdown {
  markdown: string
  /** The text was cut at `previewLength` characters. */
  cut: boolean
  /** How many characters of the note are shown. */
  shownLength: number
}

const DELIMITERS = new Set(['*', '_', '~', '[', ']'])
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t'
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9'
/** CommonMark's backslash escapes: any ASCII punctuation. */
function isPunctuation(ch: string | undefined): boolean {
  const code = ch === undefined ? 0 : ch.charCodeAt(0)
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e)
}

interface Prefix {
  /** The line's leading container markup, possibly rewritten to stay within the depth limit. */
  text: string
  /** Where the line's content starts in the original line. */
  end: number
  /** The `>` markers of the prefix: what an inserted blank line needs to stay in the same quotes. */
  quotes: string
  listItem: boolean
}

/** Reads quotes, list markers and indentation at the start of a line, escaping those past the limit. */
function readPrefix(line: string, maxDepth: number): Prefix {
  let text = ''
  let quotes = ''
  let depth = 0
  let columns = 0
  let listItem = false
  /** The spaces right after a list marker belong to it; indentation elsewhere may nest lists. */
  let afterListMarker = false
  let i = 0
  while (i < line.length) {
    const ch = line[i]
    if (isSpace(ch)) {
      const width = ch === '\t' ? 4 - (columns % 4) : 1
      if (!afterListMarker) columns += width
      // Indentation nests lists: past the limit it is dropped, so it cannot nest deeper.
      if (depth + Math.floor(columns / 2) <= maxDepth) text += ch
      i++
      continue
    }
    afterListMarker = false
    let marker = 0
    if (ch === '>') marker = 1
    else if ((ch === '-' || ch === '+' || ch === '*') && (i + 1 === line.length || isSpace(line[i + 1]))) marker = 1
    else if (isDigit(ch)) {
      let j = i
      while (j < line.length && j - i < 9 && isDigit(line[j])) j++
      if ((line[j] === '.' || line[j] === ')') && (j + 1 === line.length || isSpace(line[j + 1]))) marker = j + 1 - i
    }
    if (marker === 0) break
    if (depth + 1 + Math.floor(columns / 2) > maxDepth) {
      // One level too deep: the marker becomes text, and the rest of the line is content.
      const markerText = line.slice(i, i + marker)
      text += `${markerText.slice(0, -1)}\\${markerText.slice(-1)}`
      return { text, end: i + marker, quotes, listItem }
    }
    depth++
    if (ch === '>') quotes += '>'
    else {
      listItem = true
      afterListMarker = true
    }
    text += line.slice(i, i + marker)
    i += marker
  }
  return { text, end: i, quotes, listItem }
}

/** A fence line (``` or ~~~, three or more) and its character and length. */
function fenceOf(content: string): { char: string; length: number; rest: string } | undefined {
  const trimmed = content.replace(/^ {0,3}/, '')
  const char = trimmed[0]
  if (char !== '`' && char !== '~') return undefined
  let length = 0
  while (trimmed[length] === char) length++
  return length >= 3 ? { char, length, rest: trimmed.slice(length) } : undefined
}

const isDelimiterRow = (content: string) => /^[\s|:-]*$/.test(content) && content.includes('-') && content.includes('|')

/** Cuts at the last line break shortly before `length`, never inside a surrogate pair. */
function cutAt(text: string, length: number): string {
  const lineEnd = text.lastIndexOf('\n', length)
  if (lineEnd > length - 2_000) return text.slice(0, lineEnd)
  const code = text.charCodeAt(length - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length)
}

/**
 * Returns Markdown that renders like `markdown` within the limits: cut at `previewLength`
 * (unless `showAll`), containers past `depth` shown as text, delimiters past
 * `delimitersPerBlock` in one paragraph escaped, paragraphs past `blockLength` broken in two.
 * Linear in the length of the text.
 */
export function boundMarkdown(markdown: string, options: { showAll?: boolean; limits?: Partial<MarkdownLimits> } = {}): BoundedMarkdown {
  const limits = { ...MARKDOWN_LIMITS, ...options.limits }
  const cut = !options.showAll && markdown.length > limits.previewLength
  const source = cut ? cutAt(markdown, limits.previewLength) : markdown
  const out: string[] = []
  let fence: { char: string; length: number } | undefined
  /** The lines of the paragraph being read: its inline text is bounded as a whole. */
  let block: BlockLine[] = []
  let blockLength = 0
  let previous = ''
  let inTable = false
  const flush = () => {
    out.push(...boundBlock(block, limits))
    block = []
    blockLength = 0
  }

  for (const line of source.split('\n')) {
    const prefix = readPrefix(line, limits.depth)
    const content = line.slice(prefix.end)
    if (fence) {
      // Inside fenced code nothing is parsed: the line stays as written.
      const closing = fenceOf(content)
      if (closing && closing.char === fence.char && closing.length >= fence.length && closing.rest.trim() === '') fence = undefined
      out.push(line)
      continue
    }
    const opening = fenceOf(content)
    const blank = content.trim() === ''
    if (blank) inTable = false
    else if (isDelimiterRow(content) && previous.includes('|')) inTable = true
    previous = content
    // A new block starts the counts again: each paragraph, list item, heading or table row is parsed on its own.
    if (blank || opening || prefix.listItem || content.trimStart().startsWith('#') || inTable) flush()
    else if (blockLength + content.length > limits.blockLength) {
      flush()
      out.push(prefix.quotes)
    }
    if (opening) {
      if (opening.char === '~' || !opening.rest.includes('`')) fence = opening
      out.push(prefix.text + content)
      continue
    }
    block.push({ prefix: prefix.text, quotes: prefix.quotes, content })
    blockLength += content.length
    // A heading or table row is a block of one line.
    if (inTable || content.trimStart().startsWith('#')) flush()
  }
  flush()
  return { markdown: out.join('\n'), cut, shownLength: source.length }
}

interface BlockLine {
  prefix: string
  quotes: string
  content: string
}

/**
 * Where a long line may be broken without the rest turning into markup: before a letter (ASCII
 * or not), never before a character that could open a quote, list, heading or other block.
 */
function isSafeBreakBefore(content: string, i: number): boolean {
  const code = content.charCodeAt(i)
  if (code >= 0xdc00 && code <= 0xdfff) return false
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code > 0x7f
}

/** Where a line longer than a whole paragraph may be is broken into paragraphs. */
function breakPoints(content: string, limits: MarkdownLimits): number[] {
  const points: number[] = []
  let length = 0
  for (let i = 0; i < content.length; i++, length++) {
    if (content[i] === '\\' && isPunctuation(content[i + 1])) {
      i++
      length++
      continue
    }
    if (length >= limits.blockLength && isSafeBreakBefore(content, i) && (isSpace(content[i - 1]) || length >= 2 * limits.blockLength)) {
      points.push(i)
      length = 0
    }
  }
  return points
}

/**
 * Bounds one paragraph's inline text: over-long lines are broken into paragraphs, then in each
 * piece every `[` without a `]` after it and every delimiter past the limit is escaped. The
 * parser's time grows with the square of the text after an unclosed bracket and of the number
 * of delimiters; escaped, they read the same but are plain text.
 */
function boundBlock(block: readonly BlockLine[], limits: MarkdownLimits): string[] {
  if (block.length === 0) return []
  // Pieces of text parsed together, as [line, start, end] ranges.
  const segments: [number, number, number][][] = [[]]
  block.forEach((line, index) => {
    let start = 0
    for (const point of breakPoints(line.content, limits)) {
      segments.at(-1)!.push([index, start, point])
      segments.push([])
      start = point
    }
    segments.at(-1)!.push([index, start, line.content.length])
  })
  const escapes = block.map(() => new Set<number>())
  for (const segment of segments) {
    const open: [number, number][] = []
    let delimiters = 0
    for (const [index, start, end] of segment) {
      const text = block[index].content
      for (let i = start; i < end; i++) {
        const ch = text[i]
        if (ch === '\\' && isPunctuation(text[i + 1])) {
          i++
          continue
        }
        if (!DELIMITERS.has(ch)) continue
        if (++delimiters > limits.delimitersPerBlock) escapes[index].add(i)
        else if (ch === '[') open.push([index, i])
        else if (ch === ']') open.pop()
      }
    }
    for (const [index, at] of open) escapes[index].add(at)
  }
  return block.map((line, index) => {
    const breaks = new Set(breakPoints(line.content, limits))
    const parts: string[] = []
    let run = 0
    for (let i = 0; i < line.content.length; i++) {
      const escape = escapes[index].has(i)
      if (!escape && !breaks.has(i)) continue
      parts.push(line.content.slice(run, i))
      if (breaks.has(i)) parts.push(`\n${line.quotes}\n${line.quotes}`)
      if (escape) parts.push('\\')
      run = i
    }
    parts.push(line.content.slice(run))
    return line.prefix + parts.join('')
  })
}
