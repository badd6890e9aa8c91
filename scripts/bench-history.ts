// Prints how much room the health history takes: a simulated year of refreshes (weekly, and
// daily as the worst case) for every project of the bundled dataset, stored through the app's
// own code (storeHealthPass: figures, statuses, a snapshot per refresh, thinning) in an
// IndexedDB (fake-indexeddb in Node). Sizes are the records' structured-clone bytes (V8's
// serialisation, the form Chromium's IndexedDB keeps them in before compression) and their
// JSON size. The budget: a year of weekly refreshes for 255 projects under 5 MB.
// Usage: npm run bench:history [-- --weeks 52 --projects 255]
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { serialize } from 'node:v8'
import { parseArgs } from 'node:util'
import type { Dataset, Project } from '../src/shared/dataset/schema'
import type { HealthSourceResult } from '../src/shared/health/schema'
import { CLOMONITOR_CHECKS } from '../src/shared/health/clomonitor'
import { openSandscapeDb, type SandscapeDb } from '../src/renderer/db/database'
import { syncDataset } from '../src/renderer/db/dataset-cache'
import { storeHealthPass } from '../src/renderer/db/health'

const { values } = parseArgs({ options: { weeks: { type: 'string', default: '52' }, projects: { type: 'string', default: '255' } } })
const BUDGET = 5 * 1024 * 1024
const DAY = 86_400_000

const bundled = JSON.parse(readFileSync(new URL('../resources/dataset.json', import.meta.url), 'utf8')) as Dataset
const base = bundled.projects
const count = Number(values.projects)
// More projects than the bundle has: copies under new ids (the dataset grows).
const projects: Project[] = Array.from({ length: count }, (_, i) => {
  const p = base[i % base.length]
  return i < base.length ? p : { ...p, id: `${p.id}-${Math.floor(i / base.length)}`, name: `${p.name} ${Math.floor(i / base.length)}` }
})

/** Every project's figures at refresh `n`: stars and contributors drift up, scores wander. */
function projectsAt(n: number, at: string): Project[] {
  return projects.map((p, i) => ({
    ...p,
    repositories: [{ url: `https://github.com/example/${p.id}`, primary: true, figures: {
      stars: 100 + i * 37 + n * (i % 13), contributors: 10 + (i % 200) + Math.floor(n / 4), license: 'Apache-2.0',
      latestRelease: new Date(Date.parse(at) - (i % 60) * DAY).toISOString(), fetchedAt: at,
    } }],
  }))
}

function results(n: number): HealthSourceResult[] {
  const checks = CLOMONITOR_CHECKS.map((c) => c.id)
  const figures = (make: (p: Project, i: number) => unknown) => Object.fromEntries(projects.map((p, i) => [p.id, make(p, i)]))
  return [
    { ok: true, source: 'clomonitor', url: 'https://clomonitor.io', notFound: 0, figures: figures((p, i) => {
      const score = 30 + ((i * 7 + n) % 70)
      return { name: p.id, score, rating: score >= 75 ? 'a' : score >= 50 ? 'b' : 'c', sections: { documentation: score, license: 100, bestPractices: score, security: score, legal: 50 },
        passed: checks.filter((_, k) => (k + i) % 4 !== 0), failed: checks.filter((_, k) => (k + i) % 4 === 0), updatedAt: new Date(0).toISOString() }
    }) } as HealthSourceResult,
    { ok: true, source: 'bestPractices', url: 'https://www.bestpractices.dev', notFound: 0, figures: figures((_p, i) => ({ id: 1000 + i, level: 'passing', tieredPercentage: 100 + ((i + n) % 100) })) } as HealthSourceResult,
    { ok: true, source: 'lfx', url: 'https://insights.linuxfoundation.org', notFound: 0, figures: figures((p, i) => ({ slug: p.id, healthScore: 40 + ((i + n) % 50), parts: { contributors: 50, popularity: 60, development: 70, security: 80 }, activeContributors: 20, activeContributorsBefore: 25 })) } as HealthSourceResult,
  ]
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
async function sizes(db: SandscapeDb, table: 'healthSnapshots' | 'health' | 'sourceStatus'): Promise<{ rows: number; clone: number; json: number }> {
  const rows = await db.table(table).toArray()
  return { rows: rows.length, clone: rows.reduce((n, r) => n + serialize(r).byteLength, 0), json: rows.reduce((n, r) => n + JSON.stringify(r).length, 0) }
}

async function simulate(label: string, refreshes: number, everyDays: number): Promise<void> {
  const db = openSandscapeDb(`bench-history-${label}`)
  await syncDataset(db, { ...bundled, projects: projects.slice(0, base.length) })
  const start = Date.UTC(2026, 0, 5, 9)
  let unthinned = 0
  for (let n = 0; n < refreshes; n++) {
    const at = new Date(start + n * everyDays * DAY).toISOString()
    await db.projects.bulkPut(projectsAt(n, at))
    const snapshot = await storeHealthPass(db, { at, landscape: { ok: true, url: 'https://landscape.cncf.io/api/projects/all.json', projects: count }, results: results(n) })
    if (snapshot) unthinned += serialize(snapshot).byteLength
  }
  const snapshots = await sizes(db, 'healthSnapshots')
  const health = await sizes(db, 'health')
  const total = snapshots.clone + health.clone + (await sizes(db, 'sourceStatus')).clone
  console.log(`${label}: ${refreshes} refreshes, every ${everyDays} day(s), ${count} projects`)
  console.log(`  snapshots kept      ${String(snapshots.rows).padStart(5)}   ${kb(snapshots.clone).padStart(10)} (JSON ${kb(snapshots.json)})`)
  console.log(`  without thinning    ${String(refreshes).padStart(5)}   ${kb(unthinned).padStart(10)}`)
  console.log(`  current figures     ${String(health.rows).padStart(5)}   ${kb(health.clone).padStart(10)} (JSON ${kb(health.json)})`)
  console.log(`  all health tables           ${kb(total).padStart(10)}  = ${(100 * total / BUDGET).toFixed(1)}% of the 5 MB budget${total < BUDGET ? '' : '  OVER BUDGET'}`)
  await db.delete()
}

console.log(`node ${process.version}; sizes are structured-clone bytes (v8.serialize) of the stored records`)
await simulate('a year of weekly refreshes', Number(values.weeks), 7)
await simulate('a year of daily refreshes', 365, 1)
