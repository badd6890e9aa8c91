import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { mayGenerateCode, z } from './zod'

const SRC = path.resolve(__dirname, '..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? sources(file) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : []
  })
}

describe('zod\'s configuration', () => {
  it('lets only Node generate parsers: the renderer and its workers never probe for eval', () => {
    expect(mayGenerateCode({ process: { versions: { node: '20.19.0' } } })).toBe(true)
    expect(mayGenerateCode({})).toBe(false)
    expect(mayGenerateCode({ process: {} })).toBe(false)
    expect(mayGenerateCode({ process: { versions: {} } })).toBe(false)
    // These tests run in Node.
    expect(z.config().jitless).toBe(false)
  })

  it('is the only way into zod\'s runtime (type imports aside)', () => {
    const direct = sources(SRC)
      .filter((file) => file !== path.join(SRC, 'shared', 'zod.ts'))
      .filter((file) => readFileSync(file, 'utf8').split('\n').some((line) => /^import (?!type ).*from 'zod(\/[^']*)?'/.test(line)))
      .map((file) => path.relative(SRC, file))
    expect(direct).toEqual([])
  })
})
