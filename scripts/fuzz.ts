// `npm run fuzz [-- --runs N] [--seed S]`: many more cases per parser than the test suite tries,
// then the hostile corpora; prints cases, failures and the slowest case per parser.
import fc from 'fast-check'
import { parserTargets, runCase, type ParserTarget } from '../test/fuzz/targets'
import { hostileShapes } from '../test/hostile/shapes'

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined }
const runs = Number(arg('runs') ?? 20_000)
const seed = Number(arg('seed') ?? Date.now() % 2 ** 31)

interface Row { parser: string; cases: number; failures: number; slowestMs: number; slowestSize: number; firstFailure?: string }
const rows: Row[] = []
for (const target of parserTargets as readonly ParserTarget<unknown>[]) {
  const row: Row = { parser: target.name, cases: 0, failures: 0, slowestMs: 0, slowestSize: 0 }
  const record = (input: unknown) => {
    const { failure, ms } = runCase(target, input)
    row.cases++
    if (ms > row.slowestMs) { row.slowestMs = ms; row.slowestSize = target.size(input) }
    if (failure) {
      row.failures++
      row.firstFailure ??= `${failure} (input of ${target.size(input)})`
    }
  }
  for (const input of fc.sample(target.input as fc.Arbitrary<unknown>, { numRuns: runs, seed })) record(input)
  for (const make of Object.values(hostileShapes[target.name] ?? {})) record(make())
  rows.push(row)
}

console.log(`fuzz: seed ${seed}, ${runs.toLocaleString('en')} generated cases per parser plus its hostile shapes (CPU time)`)
console.log('parser           cases   failures  slowest case')
for (const r of rows) {
  console.log(`${r.parser.padEnd(16)} ${String(r.cases).padStart(6)}  ${String(r.failures).padStart(8)}  ${r.slowestMs.toFixed(1).padStart(8)} ms (input of ${r.slowestSize.toLocaleString('en')})`)
  if (r.firstFailure) console.log(`  first failure: ${r.firstFailure}`)
}
const failed = rows.reduce((n, r) => n + r.failures, 0)
console.log(`${rows.reduce((n, r) => n + r.cases, 0)} passed, ${failed} failed`)
process.exitCode = failed ? 1 : 0
