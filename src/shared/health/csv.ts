/** Limits for a CSV read from the network: past any of them the text is refused, not truncated. */
export interface CsvLimits {
  maxRows: number
  maxFields: number
  maxFieldLength: number
}

export const DEFAULT_CSV_LIMITS: CsvLimits = { maxRows: 50_000, maxFields: 200, maxFieldLength: 20_000 }

export class CsvFormatError extends Error {
  override readonly name = 'CsvFormatError'
}

/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF line ends) in one pass over the
 * characters: no regular expressions, so hostile input costs linear time, and the limits bound
 * memory. An unterminated quote is an error rather than a silently merged row.
 */
export function parseCsv(text: string, limits: CsvLimits = DEFAULT_CSV_LIMITS): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endField = () => {
    if (row.length >= limits.maxFields) throw new CsvFormatError(`a row has more than ${limits.maxFields} fields`)
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    // A blank line between records carries nothing.
    if (!(row.length === 1 && row[0] === '')) {
      if (rows.length >= limits.maxRows) throw new CsvFormatError(`more than ${limits.maxRows} rows`)
      rows.push(row)
    }
    row = []
  }
  const add = (char: string) => {
    if (field.length >= limits.maxFieldLength) throw new CsvFormatError(`a field is longer than ${limits.maxFieldLength} characters`)
    field += char
  }
  // A byte order mark is not part of the first header.
  if (text.charCodeAt(0) === 0xfeff) i = 1
  while (i < text.length) {
    const char = text[i]
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') { add('"'); i += 2; continue }
        quoted = false
        i++
        continue
      }
      add(char)
      i++
      continue
    }
    if (char === '"' && field === '') { quoted = true; i++; continue }
    if (char === ',') { endField(); i++; continue }
    if (char === '\r' && text[i + 1] === '\n') { endRow(); i += 2; continue }
    if (char === '\n' || char === '\r') { endRow(); i++; continue }
    add(char)
    i++
  }
  if (quoted) throw new CsvFormatError('a quoted field is not closed')
  if (field !== '' || row.length > 0) endRow()
  return rows
}
