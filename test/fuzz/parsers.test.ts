import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parserTargets, runCase, type ParserTarget } from './targets'

/** Cases per parser on every test run; `npm run fuzz` tries many more. */
const RUNS = Number(process.env.SANDSCAPE_FUZZ_RUNS ?? 2_000)

describe('every parser of untrusted input returns a value or a typed error, within the budget', () => {
  it.each(parserTargets.map((target) => [target.name, target] as const))('%s', (_name, target) => {
    const generic = target as ParserTarget<unknown>
    fc.assert(fc.property(generic.input as fc.Arbitrary<unknown>, (input) => {
      const { failure } = runCase(generic, input)
      expect(failure).toBeUndefined()
    }), { numRuns: RUNS, seed: Number(process.env.SANDSCAPE_FUZZ_SEED ?? Date.now() % 2 ** 31) })
  }, 120_000)
})
