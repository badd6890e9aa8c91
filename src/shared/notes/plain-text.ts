/**
 * Markdown reduced to readable text in one pass, for snippets, excerpts and search: code fences,
 * link and image markup, line markers and emphasis characters dropped. Untrusted text is long
 * and hostile (a note full of brackets), so every lookahead moves forward only: linear time.
 */
export interface TextOptions {
  images: 'alt' | 'drop'
  code: 'keep' | 'drop'
  /** Markup characters taken out wherever they are… */
  dropChars: string
  /** …and what each becomes. */
  dropAs: '' | ' '
}

export function markdownToText(markdown: string, options: TextOptions): string {
  const drop = new Set(options.dropChars)
  const closeBracket = forwardFinder(markdown, ']')
  const closeParen = forwardFinder(markdown, ')')
  const closeFence = forwardFinder(markdown, '```')
  const out: string[] = []
  // Ordinary characters are copied in runs, not one by one.
  let run = 0
  const flush = (to: number) => { if (to > run) out.push(markdown.slice(run, to)) }
  let lineStart = true
  let i = 0
  while (i < markdown.length) {
    if (lineStart) {
      lineStart = false
      const next = skipLineMarker(markdown, i)
      if (next !== i) {
        flush(i)
        i = run = next
        continue
      }
    }
    const ch = markdown[i]
    if (ch === '`' && markdown.startsWith('```', i)) {
      const end = closeFence(i + 3)
      if (end >= 0) {
        // Fences and their language word go; the code stays (or not), on one line like the rest.
        flush(i)
        let body = i + 3
        while (body < end && /\w/.test(markdown[body])) body++
        out.push(options.code === 'keep' ? ` ${markdown.slice(body, end)} ` : ' ')
        i = run = end + 3
        continue
      }
    }
    const image = ch === '!' && markdown[i + 1] === '['
    if (ch === '[' || image) {
      const open = image ? i + 1 : i
      const close = closeBracket(open + 1)
      const end = close >= 0 && markdown[close + 1] === '(' ? closeParen(close + 2) : -1
      if (end >= 0) {
        flush(i)
        out.push(!image || options.images === 'alt' ? stripChars(markdown.slice(open + 1, close), drop, options.dropAs) : ' ')
        i = run = end + 1
        continue
      }
    }
    if (ch === '\n') lineStart = true
    if (drop.has(ch)) {
      flush(i)
      out.push(options.dropAs)
      run = i + 1
    }
    i++
  }
  flush(markdown.length)
  return out.join('').replace(/\s+/g, ' ').trim()
}

/** indexOf that remembers its last answer: asked with rising positions, it scans the text once. */
function forwardFinder(text: string, needle: string): (from: number) => number {
  let found = -2
  return (from) => {
    if (found === -1) return -1
    if (found < from) found = text.indexOf(needle, from)
    return found
  }
}

/** Skips a heading, quote, list or numbered-list marker (and the spaces around it) at a line start. */
function skipLineMarker(text: string, start: number): number {
  let i = start
  while (text[i] === ' ' || text[i] === '\t') i++
  let j = i
  if (text[j] === '#') {
    while (text[j] === '#' && j - i < 6) j++
  } else if (text[j] === '>' || text[j] === '-' || text[j] === '*' || text[j] === '+') {
    j++
  } else {
    while (text[j] >= '0' && text[j] <= '9') j++
    if (j === i || text[j] !== '.') return start
    j++
  }
  if (text[j] !== ' ' && text[j] !== '\t') return start
  while (text[j] === ' ' || text[j] === '\t') j++
  return j
}

function stripChars(text: string, drop: ReadonlySet<string>, as: string): string {
  const out: string[] = []
  for (const ch of text) out.push(drop.has(ch) ? as : ch)
  return out.join('')
}
