/** Up to two letters: initials of the first two words, else the first two letters. */
export function monogramOf(name: string): string {
  const words = name.replace(/\(.*?\)/g, ' ').split(/[\s\-_.]+/).filter((w) => /[\p{L}\p{N}]/u.test(w))
  if (words.length >= 2) return (firstLetter(words[0]) + firstLetter(words[1])).toUpperCase()
  const word = words[0] ?? name
  const letters = [...word].filter((c) => /[\p{L}\p{N}]/u.test(c))
  return (letters[0] ?? '?').toUpperCase() + (letters[1] ?? '').toLowerCase()
}

function firstLetter(word: string): string {
  return [...word].find((c) => /[\p{L}\p{N}]/u.test(c)) ?? ''
}

/** A hue in 0..359 that depends only on the id. */
export function monogramHue(id: string): number {
  let hash = 0
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0
  return hash % 360
}
