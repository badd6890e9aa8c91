// Keystrokes into the Projects table's search, compared across builds: runs taken in turn from each
// build (so the machine's load falls on all alike), each a warm reload of the same catalogue, two
// seconds' rest, then "container runtim" typed one character at a time as `npm run bench` does.
// Prints per build each run's median and maximum and the median of all keystrokes together.
// Usage: tsx scripts/bench-keystrokes.ts <build dir> [<build dir> ...] [--runs 6] [--rows 10000] [--hash '#/projects?sort=name']
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { benchDataset, readRealDataset } from './bench/datasets'
import { datasetStored, INIT_SCRIPT, typeAndSettle } from './bench/probes'
import { serveBuild } from './bench/server'

const { values, positionals: builds } = parseArgs({ options: { runs: { type: 'string', default: '6' }, rows: { type: 'string', default: '10000' }, hash: { type: 'string', default: '#/projects?sort=name' } }, allowPositionals: true })
if (builds.length === 0) {
  console.error("usage: tsx scripts/bench-keystrokes.ts <build dir> [<build dir> ...] [--runs 6] [--rows real|<count>] [--hash '#/projects?...']")
  process.exit(2)
}
const RUNS = Math.max(1, Number(values.runs))
const QUERY = 'container runtim'
const PREFIXES = Array.from(QUERY, (_, i) => QUERY.slice(0, i + 1))
const rows = String(values.rows)
const real = readRealDataset()
const dataset = rows === 'real' ? real : benchDataset(real, Math.max(1, Number(rows)))
const total = dataset.projects.length
const json = JSON.stringify(dataset)
const WAIT = { timeout: 300_000 }
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)] }

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const servers = await Promise.all(builds.map((dir) => serveBuild(dir, json)))
const runs = builds.map(() => [] as number[][])
for (let round = 0; round < RUNS; round++) {
  for (const [i, server] of servers.entries()) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' })
    const page = await context.newPage()
    await page.addInitScript(INIT_SCRIPT)
    await page.goto(`${server.url}${values.hash}`)
    // The whole catalogue stored, then a warm start from it.
    await page.waitForFunction((n) => (document.querySelector('[data-testid="project-count"]')?.textContent ?? '').replace(/\D/g, ' ').split(/\s+/).includes(String(n)), total, WAIT)
    await datasetStored(page)
    await page.reload()
    await page.waitForFunction(() => (window as unknown as { __bench: { firstRowAt?: number } }).__bench.firstRowAt !== undefined, undefined, WAIT)
    await page.waitForTimeout(2000)
    runs[i].push((await typeAndSettle(page, PREFIXES)).latencies)
    await context.close()
  }
}
for (const [i, dir] of builds.entries()) {
  const each = runs[i]
  console.log(`${dir}: keystroke median ${median(each.flat()).toFixed(1)} ms over ${RUNS} runs of ${PREFIXES.length}; per run median ${each.map((l) => median(l).toFixed(1)).join(' ')}; max ${each.map((l) => Math.max(...l).toFixed(0)).join(' ')}`)
}
await browser.close()
for (const server of servers) await server.close()
