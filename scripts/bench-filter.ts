// Prints how long filtering, search and facet counting take in Node on copies of the real dataset
// (what one keystroke in the Projects view asks of src/shared/projects/filter.ts).
// Usage: npm run bench:filter [-- --sizes 10000,100000 --runs 30]
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import os from 'node:os'
import { DEFAULT_FILTERS, EMPTY_FILTERS, facetOptions, filterContext, filterProjects, type ProjectFilters } from '../src/shared/projects/filter'
import { copiesOfReal, readRealDataset } from './bench/datasets'

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000' }, runs: { type: 'string', default: '30' } } })
const runs = Number(values.runs)
const real = readRealDataset()

function time(label: string, fn: (run: number) => unknown): void {
  fn(-1) // warm-up (also makes what is kept per dataset: facet values, the search index)
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn(i)
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  const median = samples[Math.floor(samples.length / 2)]
  const p95 = samples[Math.floor(samples.length * 0.95)]
  console.log(`  ${label.padEnd(48)} median ${median.toFixed(2).padStart(8)} ms   p95 ${p95.toFixed(2).padStart(8)} ms`)
}

const cases: [string, ProjectFilters][] = [
  ['no filters', EMPTY_FILTERS],
  ['default (Sandbox)', DEFAULT_FILTERS],
  ['search "container"', { ...EMPTY_FILTERS, query: 'container' }],
  ['search "container runtim"', { ...EMPTY_FILTERS, query: 'container runtim' }],
  ['Sandbox + category + year + search "edge"', { ...DEFAULT_FILTERS, category: ['Runtime'], year: ['2023'], query: 'edge' }],
]
console.log(`node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; the real dataset copied (new ids and names) to each size; ${runs} runs each`)
for (const size of String(values.sizes).split(',').map(Number)) {
  const projects = copiesOfReal(real.projects, size)
  const context = filterContext()
  console.log(`\n${size.toLocaleString('en-US')} projects: the rows and the facet counts of one keystroke`)
  for (const [label, filters] of cases) {
    time(label, (run) => {
      // A query that differs from the last run's, as keystrokes do (the last search is kept).
      const typed = filters.query ? { ...filters, query: `${filters.query}${run % 2 ? ' ' : ''}` } : filters
      filterProjects(projects, typed, context)
      facetOptions(projects, typed, context)
    })
  }
}
