// Datasets for the benchmarks: the real one, and copies of it at any size with new ids and names,
// so the text, tags and categories searched are real words in both languages.
import { readFileSync } from 'node:fs'
import type { Dataset, Project } from '../../src/shared/dataset/schema'
import { makeDataset } from '../../src/shared/testing/fixtures'

const CONSONANTS = 'bdfgklmnprstvz'
const VOWELS = 'aeiou'

/** A pronounceable word unique to `n` ("kavo", "rezuti"): a new name that is not a number. */
export function inventedWord(n: number): string {
  let word = ''
  let rest = n
  do {
    const syllable = rest % (CONSONANTS.length * VOWELS.length)
    word += CONSONANTS[Math.floor(syllable / VOWELS.length)] + VOWELS[syllable % VOWELS.length]
    rest = Math.floor(rest / (CONSONANTS.length * VOWELS.length))
  } while (rest > 0)
  return word
}

/**
 * `count` projects: the real ones first, then copies of them in turn, each copy with its own id
 * and a name whose first word is invented ("Aeraki Mesh" → "Kavoro Mesh"), the rest unchanged.
 */
export function copiesOfReal(real: readonly Project[], count: number): Project[] {
  const projects: Project[] = []
  for (let i = 0; i < count; i++) {
    const base = real[i % real.length]
    if (i < real.length) {
      projects.push(base)
      continue
    }
    const word = inventedWord(i)
    const rest = base.name.split(/\s+/).slice(1).join(' ')
    const name = `${word[0].toUpperCase()}${word.slice(1)}${rest ? ` ${rest}` : ''}`
    projects.push({ ...base, id: `${word}-${base.id}`.slice(0, 60).replace(/-+$/, ''), name })
  }
  return projects
}

export function readRealDataset(file = 'resources/dataset.json'): Dataset {
  return JSON.parse(readFileSync(file, 'utf8')) as Dataset
}

/** The real dataset at its own size, or grown to `count` by copies. */
export function benchDataset(real: Dataset, count: number): Dataset {
  return count === real.projects.length ? real : makeDataset(copiesOfReal(real.projects, count), real.source.date)
}
