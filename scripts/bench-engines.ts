// The search engines measured for issue 13, in Node on the same documents: MiniSearch and
// FlexSearch as libraries, the index the app uses (compact postings, Orama's Snowball stemmers),
// and the plain substring scan as the floor. Prints build time, memory and per-keystroke time.
// Usage: npm run bench:engines [-- --sizes real,10000,100000]
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import MiniSearch from 'minisearch'
import FlexSearch from 'flexsearch'
import { searchDocument } from '../src/shared/projects/rows'
import { parseQuery } from '../src/shared/search/query'
import { ProjectSearchIndex, type SearchDocument } from '../src/shared/search/search-index'
import { foldedWords, stemOf } from '../src/shared/search/text'
import { copiesOfReal, readRealDataset } from './bench/datasets'

const { values: args } = parseArgs({ options: { sizes: { type: 'string', default: 'real,10000,100000' } }, strict: false })
const QUERY = 'container runtim'
const KEYSTROKES = Array.from(QUERY, (_, i) => QUERY.slice(0, i + 1))
const EXTRA = ['секретов', 'kubernets', 'наблюдаемость', 'servce mesh ', 'ыщзы']
/** A library whose build would take longer than this at the next size is not run there. */
const BUILD_BUDGET_MS = 120_000

interface Engine {
  name: string
  /** What it cannot do of what the app needs. */
  gaps: string
  build: (docs: readonly SearchDocument[]) => (query: string) => number
}

const words = (text: string) => foldedWords(text)
const withStems = (text: string) => words(text).flatMap((w) => { const s = stemOf(w); return s === w ? [w] : [w, s] })

const ENGINES: Engine[] = [
  // First: memory is measured as the difference before and after a build, on a clean heap.
  {
    name: 'app index (compact postings, Orama stemmers)',
    gaps: 'none',
    build: (docs) => {
      const index = ProjectSearchIndex.build(docs)
      return (query) => index.search(query)?.count ?? docs.length
    },
  },
  {
    name: 'plain substring scan',
    gaps: 'no ranking, forms, typos or layouts',
    build: (docs) => {
      const texts = docs.map((d) => words([d.name, d.id, ...d.labels, ...d.texts].join('\n')).join(' '))
      return (query) => {
        const terms = words(query)
        let n = 0
        for (const text of texts) if (terms.every((t) => text.includes(t))) n++
        return n
      }
    },
  },
  {
    name: 'MiniSearch 7 (prefix, fuzzy 1, stems)',
    gaps: 'none (ranks by BM25, not tiers)',
    build: (docs) => {
      const index = new MiniSearch<{ i: number; name: string; labels: string; texts: string }>({
        idField: 'i', fields: ['name', 'labels', 'texts'], tokenize: (t) => words(t),
        processTerm: (t) => { const s = stemOf(t); return s === t ? t : [t, s] }, searchOptions: { processTerm: (t) => t },
      })
      index.addAll(docs.map((d, i) => ({ i, name: `${d.name} ${d.id}`, labels: d.labels.join('\n'), texts: d.texts.join('\n') })))
      return (query) => {
        const terms = parseQuery(query)
        if (!terms.length) return docs.length
        return index.search({
          combineWith: 'AND',
          queries: terms.map((t) => ({ combineWith: 'OR', queries: [
            { queries: [t.word], prefix: t.prefix, fuzzy: t.fuzzy ? 1 : false },
            ...(t.stem !== t.word ? [t.stem] : []),
            ...(t.layout ? [{ queries: [t.layout.word], prefix: t.prefix }] : []),
          ] })),
        }).length
      }
    },
  },
  {
    name: 'FlexSearch 0.8 (forward, stems)',
    gaps: 'no edit-distance typos; prefix always on',
    build: (docs) => {
      const fields = ['name', 'labels', 'texts'] as const
      const indexes = fields.map(() => new FlexSearch.Index({ tokenize: 'forward', encode: withStems }))
      docs.forEach((d, i) => {
        indexes[0].add(i, `${d.name} ${d.id}`)
        indexes[1].add(i, d.labels.join('\n'))
        indexes[2].add(i, d.texts.join('\n'))
      })
      return (query) => {
        const terms = parseQuery(query)
        if (!terms.length) return docs.length
        let result: Set<number> | undefined
        for (const t of terms) {
          const found = new Set<number>()
          for (const word of new Set([t.word, t.stem, t.layout?.word].filter((w): w is string => !!w))) {
            for (const index of indexes) for (const id of index.search(word, { limit: docs.length })) found.add(id as number)
          }
          result = result ? new Set([...result].filter((id) => found.has(id))) : found
        }
        return result?.size ?? 0
      }
    },
  },
]

const gc = (globalThis as { gc?: () => void }).gc
const memoryMb = () => { gc?.(); gc?.(); const m = process.memoryUsage(); return (m.heapUsed + m.arrayBuffers) / 1048576 }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(n < 10 ? 2 : 0)} ms`)

const real = readRealDataset()
const sizes = String(args.sizes).split(',').map((s) => (s === 'real' ? real.projects.length : Number(s)))
const lastBuild = new Map<string, { size: number; ms: number }>()
const rows: string[][] = []
for (const size of sizes) {
  const docs = copiesOfReal(real.projects, size).map((p) => searchDocument(p))
  for (const engine of ENGINES) {
    const previous = lastBuild.get(engine.name)
    if (previous && (previous.ms * size) / previous.size > BUILD_BUDGET_MS) {
      rows.push([size.toLocaleString('en-US'), engine.name, `not run: ~${ms((previous.ms * size) / previous.size)} to build by ${previous.size.toLocaleString('en-US')} rows`, '', '', '', engine.gaps])
      continue
    }
    const before = memoryMb()
    const start = performance.now()
    let search: ((query: string) => number) | undefined = engine.build(docs)
    const buildMs = performance.now() - start
    const memory = memoryMb() - before
    lastBuild.set(engine.name, { size, ms: buildMs })
    const run = search
    run('warm up')
    const keys = KEYSTROKES.map((q) => { const t = performance.now(); run(q); return performance.now() - t })
    const extra = EXTRA.map((q) => { const t = performance.now(); run(q); return performance.now() - t })
    // Let the index go before the next engine is measured.
    search = undefined
    rows.push([size.toLocaleString('en-US'), engine.name, ms(buildMs), `${memory.toFixed(0)} MB`, `${ms(median(keys))} / ${ms(Math.max(...keys))}`, ms(median(extra)), engine.gaps])
  }
}
const header = ['rows', 'engine', 'build', 'memory', `keystroke median / max ("${QUERY}")`, 'RU, typo, layout queries (median)', 'missing']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
console.log(`node ${process.version}; memory = heap + array buffers after GC${gc ? '' : ' (run with --expose-gc for exact figures)'}\n`)
console.log(line(header))
console.log(line(widths.map((w) => '-'.repeat(w))))
for (const row of rows) console.log(line(row))
