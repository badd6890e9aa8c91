// The first render of the Projects view, compared across builds: warm reloads of the real dataset,
// taken in turn from each build (so the machine's load falls on all alike), printing per build the
// median of the longest task before the first rows (the render of shell and rows) and of the
// first rows' time. With --cold, first launches instead: each load in a fresh browser context
// (no cache, no database). For changes too small for `npm run bench`'s three runs to tell apart.
// Usage: tsx scripts/bench-first-render.ts <build dir> [<build dir> ...] [--reloads 12] [--cold] [--rows 100000] [--hash '#/projects?sort=name&layout=cards']
//   e.g. build the change and main into two folders (vite build --config vite.web.config.ts --outDir /tmp/a).
import { parseArgs } from 'node:util'
import { chromium, type Page } from '@playwright/test'
import { benchDataset, readRealDataset } from './bench/datasets'
import { datasetStored, INIT_SCRIPT } from './bench/probes'
import { serveBuild } from './bench/server'

const { values, positionals: builds } = parseArgs({ options: { reloads: { type: 'string', default: '12' }, cold: { type: 'boolean', default: false }, rows: { type: 'string', default: 'real' }, hash: { type: 'string', default: '#/projects?sort=name' } }, allowPositionals: true })
if (builds.length === 0) {
  console.error("usage: tsx scripts/bench-first-render.ts <build dir> [<build dir> ...] [--reloads 12] [--cold] [--rows real|<count>] [--hash '#/projects?...']")
  process.exit(2)
}
const RELOADS = Math.max(1, Number(values.reloads))
const HASH = String(values.hash)
const LONG_TASKS = `window.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]) }).observe({ type: 'longtask', buffered: true })`

type Probe = { __bench: { firstRowAt?: number }; __longTasks: [number, number][] }
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)] }

// The real dataset, or copies of it (as `npm run bench` makes them) for a larger catalogue.
const rows = String(values.rows)
const dataset = JSON.stringify(rows === 'real' ? readRealDataset() : benchDataset(readRealDataset(), Math.max(1, Number(rows))))
// A first launch of 100,000 rows stores them for many seconds before its first rows.
const WAIT = { timeout: 300_000 }
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const servers = await Promise.all(builds.map((dir) => serveBuild(dir, dataset)))
const newPage = async (server: { url: string }) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' })
  await context.addInitScript(`${INIT_SCRIPT};${LONG_TASKS}`)
  return context.newPage()
}
/** One load, its first render and first rows: a reload of `page`, or a first launch in a fresh context. */
async function measure(page: Page, server: { url: string }): Promise<[number, number]> {
  if (values.cold) {
    page = await newPage(server)
    await page.goto(`${server.url}${HASH}`)
  } else {
    await page.waitForTimeout(700)
    await page.reload()
  }
  await page.waitForFunction(() => (window as unknown as Probe).__bench.firstRowAt !== undefined, undefined, WAIT)
  const { tasks, first } = await page.evaluate(() => ({ tasks: (window as unknown as Probe).__longTasks, first: (window as unknown as Probe).__bench.firstRowAt! }))
  if (values.cold) await page.context().close()
  return [Math.max(0, ...tasks.filter(([start]) => start < first).map(([, duration]) => duration)), first]
}

// Warm reloads start from a first launch of each build, whose cache they then read.
const pages = await Promise.all(servers.map(async (server) => {
  const page = await newPage(server)
  if (values.cold) return page
  await page.goto(`${server.url}${HASH}`)
  await page.waitForFunction(() => (window as unknown as Probe).__bench.firstRowAt !== undefined, undefined, WAIT)
  await datasetStored(page)
  return page
}))

const renders = builds.map(() => [] as number[])
const firstRows = builds.map(() => [] as number[])
for (let round = 0; round < RELOADS; round++) {
  for (const [i, page] of pages.entries()) {
    const [render, first] = await measure(page, servers[i])
    renders[i].push(render)
    firstRows[i].push(first)
  }
}
for (const [i, dir] of builds.entries()) {
  console.log(`${dir}: first render ${median(renders[i]).toFixed(0)} ms, first rows ${median(firstRows[i]).toFixed(0)} ms (medians of ${RELOADS} ${values.cold ? 'first launches' : 'warm reloads'}; first rows ${firstRows[i].map((x) => x.toFixed(0)).join(' ')}; renders ${renders[i].map((x) => x.toFixed(0)).join(' ')})`)
}
await browser.close()
for (const server of servers) await server.close()
