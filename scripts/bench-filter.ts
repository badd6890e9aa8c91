// Prints how long filtering, search and facet counting take on a large synthetic catalogue.
// Usage: npm run bench:filter [-- --projects 10000 --runs 30]
import { parseArgs } from 'node:util'
import { performance } from 'node:perf_hooks'
import { DEFAULT_FILTERS, EMPTY_FILTERS, facetOptions, filterProjects, type ProjectFilters } from '../src/shared/projects/filter'
import { syntheticProjects } from './synthetic-projects'

const { values } = parseArgs({ options: { projects: { type: 'string', default: '10000' }, runs: { type: 'string', default: '30' } } })
const count = Number(values.projects)
const runs = Number(values.runs)

function time(label: string, fn: () => unknown): void {
  fn() // warm-up (also fills the search text cache)
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  const median = samples[Math.floor(samples.length / 2)]
  const p95 = samples[Math.floor(samples.length * 0.95)]
  console.log(`${label.padEnd(44)} median ${median.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms`)
}

const heapBefore = process.memoryUsage().heapUsed
const projects = syntheticProjects(count)
const heapAfter = process.memoryUsage().heapUsed
console.log(`node ${process.version}, ${count} synthetic projects (~${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MB heap), ${runs} runs each`)

const cases: [string, ProjectFilters][] = [
  ['no filters', EMPTY_FILTERS],
  ['default (Sandbox)', DEFAULT_FILTERS],
  ['search "mesh"', { ...EMPTY_FILTERS, query: 'mesh' }],
  ['search "storage clusters 42"', { ...EMPTY_FILTERS, query: 'storage clusters 42' }],
  ['Sandbox + category + year + search', { ...DEFAULT_FILTERS, category: ['Runtime'], year: ['2023'], query: 'edge' }],
]
for (const [label, filters] of cases) {
  time(`filterProjects: ${label}`, () => filterProjects(projects, filters))
  time(`facetOptions:   ${label}`, () => facetOptions(projects, filters))
}
