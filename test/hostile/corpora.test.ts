import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkLogo } from '../../src/shared/refresh/logo'
import { parserTargets, runCase, type ParserTarget } from '../fuzz/targets'
import { hostileShapes } from './shapes'

const dir = new URL('./', import.meta.url)
const files = (sub: string) => readdirSync(new URL(`${sub}/`, dir)).map((name) => [name, readFileSync(new URL(`${sub}/${name}`, dir))] as const)
const target = (name: string) => parserTargets.find((t) => t.name === name) as ParserTarget<unknown>
const asText = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('hand-written hostile corpora', () => {
  it.each(files('svg'))('refuses %s', (_name, bytes) => {
    const { failure } = runCase(target('SVG'), new Uint8Array(bytes))
    expect(failure).toBeUndefined()
    expect(checkLogo(new Uint8Array(bytes)).ok).toBe(false)
  })

  it.each([
    ...files('markdown').map(([n, b]) => ['Markdown', n, asText(b)] as const),
    ...files('backup').map(([n, b]) => ['backup', n, asText(b)] as const),
    ...files('yaml').map(([n, b]) => ['landscape YAML', n, new Uint8Array(b)] as const),
    ...files('json').map(([n, b]) => ['API JSON', n, new Uint8Array(b)] as const),
    ...readFileSync(new URL('hashes.txt', dir), 'utf8').split('\n').filter(Boolean).map((h) => ['URL hash', h, h] as const),
  ])('%s parser: %s gives a value or a typed error in time', (parser, _name, input) => {
    expect(runCase(target(parser), input).failure).toBeUndefined()
  })
})

describe('generated hostile shapes (ReDoS, depth, size, encodings)', () => {
  it.each(Object.entries(hostileShapes).flatMap(([parser, shapes]) => Object.entries(shapes).map(([name, make]) => [parser, name, make] as const)))('%s: %s', (parser, _name, make) => {
    expect(runCase(target(parser), make()).failure).toBeUndefined()
  }, 60_000)
})
