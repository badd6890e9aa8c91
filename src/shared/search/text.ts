import { stemmer as stemEnglish } from '@orama/stemmers/english'
import { stemmer as stemRussian } from '@orama/stemmers/russian'

/**
 * Lower case, ё as е, accents dropped from Latin letters (é → e) but not from Cyrillic ones
 * (й stays й, so Russian words keep their stems): what the text and the query are compared as.
 */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[^\u0000-\u007f\u0400-\u04ff]+/g, (run) => run.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
}

const WORD = /[\p{L}\p{N}]+/gu

/** The words of a folded text, in order. */
export function wordsOf(folded: string): string[] {
  return folded.match(WORD) ?? []
}

/** Folded forms of characters outside ASCII and Cyrillic, worked out once each. */
const foldedChars = new Map<number, string>()

function foldChar(code: number): string {
  let folded = foldedChars.get(code)
  if (folded === undefined) {
    const ch = String.fromCharCode(code)
    folded = /[\p{L}\p{N}]/u.test(ch) ? foldText(ch) : ''
    foldedChars.set(code, folded)
  }
  return folded
}

/**
 * The folded words of a text in one pass over its characters (the index reads every project's
 * text this way: several times faster than foldText + wordsOf, same result for BMP text).
 */
export function foldedWords(text: string, out: string[] = []): string[] {
  let word = ''
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) word += text[i]
    else if (c >= 65 && c <= 90) word += String.fromCharCode(c + 32)
    else if (c >= 0x430 && c <= 0x44f) word += text[i]
    else if (c >= 0x410 && c <= 0x42f) word += String.fromCharCode(c + 32)
    else if (c === 0x451 || c === 0x401) word += 'е'
    else if (c < 128) { if (word) { out.push(word); word = '' } }
    else {
      const folded = foldChar(c)
      if (folded) word += folded
      else if (word) { out.push(word); word = '' }
    }
  }
  if (word) out.push(word)
  return out
}

const CYRILLIC = /[\u0400-\u04ff]/
const LATIN = /[a-z]/

/** Stems already worked out (highlighting stems every word of every visible cell per keystroke). */
const stems = new Map<string, string>()
const MAX_CACHED_STEMS = 50_000

/** A word's stem: Russian words by the Russian Snowball stemmer, Latin ones by the English one. */
export function stemOf(word: string): string {
  if (word.length < 3) return word
  let stem = stems.get(word)
  if (stem === undefined) {
    stem = CYRILLIC.test(word) ? stemRussian(word) : LATIN.test(word) && !/\d/.test(word) ? stemEnglish(word) : word
    if (stems.size >= MAX_CACHED_STEMS) stems.clear()
    stems.set(word, stem)
  }
  return stem
}

/**
 * The parts of a name written in camel case or with digits ("KubeEdge" → kube, edge), so a
 * search for a part finds the name. Lower-case names have none.
 */
export function nameParts(name: string): string[] {
  const parts = name.match(/\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu) ?? []
  return parts.length > 1 ? parts.map(foldText) : []
}

// The same physical keys on the two layouts, so a word typed with the wrong one can be read back.
const LATIN_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
const CYRILLIC_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбюё'
const TO_CYRILLIC = new Map(Array.from(LATIN_KEYS, (ch, i) => [ch, CYRILLIC_KEYS[i]]))
const TO_LATIN = new Map(Array.from(CYRILLIC_KEYS, (ch, i) => [ch, LATIN_KEYS[i]]))

/**
 * A query chunk as it would read had it been typed on the other keyboard layout ("ыщзы" →
 * "sops", "ctrhtn" → "секрет", "[hfy" → "хран"), or undefined when it has a key neither layout
 * explains. Digits are the same on both.
 */
export function otherLayout(chunk: string): string | undefined {
  const lower = chunk.toLowerCase()
  const table = CYRILLIC.test(lower) ? TO_LATIN : TO_CYRILLIC
  let out = ''
  for (const ch of lower) {
    const mapped = table.get(ch) ?? (/\d/.test(ch) ? ch : undefined)
    if (mapped === undefined) return undefined
    out += mapped
  }
  return out
}
