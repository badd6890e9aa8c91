// The performance benchmark: the web build in headless Chromium (software rendering, 1400x900) on
// the real dataset and on copies of it, printing one table with the plain-scan floor of the same
// run beside each figure, then the cards layout and the grouped table on the same data.
// Usage (after `npm run build && npm run build:web`, which `npm run bench` does):
//   tsx scripts/bench.ts [--sizes real,10000,100000] [--runs 3] [--large-runs 1] [--build dist-web] [--desktop out/renderer]
import { gzipSync } from 'node:zlib'
import { existsSync } from 'node:fs'
import os from 'node:os'
import { parseArgs } from 'node:util'
import { chromium, type Browser, type Page } from '@playwright/test'
import { benchDataset, readRealDataset } from './bench/datasets'
import { datasetStored, idleFrames, INIT_SCRIPT, measureFloors, scrollThrough, typeAndSettle, typeWhileScrolling } from './bench/probes'
import { serveBuild, type BenchServer } from './bench/server'

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'real,10000,100000' },
    runs: { type: 'string', default: '3' },
    // Catalogues of 50,000 and more take minutes a run.
    'large-runs': { type: 'string', default: '1' },
    build: { type: 'string', default: 'dist-web' },
    desktop: { type: 'string', default: 'out/renderer' },
  },
  strict: false,
})
const BUILD = String(args.build)
const DESKTOP_BUILD = String(args.desktop)
const RUNS = Math.max(1, Number(args.runs))
const LARGE_RUNS = Math.max(1, Number(args['large-runs']))
/** Typed one character at a time: 16 keystrokes. */
const QUERY = 'container runtim'
const PREFIXES = Array.from(QUERY, (_, i) => QUERY.slice(0, i + 1))
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
const VIEWPORT = { width: 1400, height: 900 }
/** Every maturity shown (no facet in the address), so the table holds every row of the dataset. */
const TABLE_HASH = '#/projects?sort=name'
/** The other layouts, measured warm on the same data (issue 11's cards and grouped table). */
const LAYOUTS = [
  { label: 'cards', hash: '#/projects?sort=name&layout=cards' },
  { label: 'table grouped by category', hash: '#/projects?sort=name&group=category' },
]

interface Figures {
  cold: number; warm: number; keyMedian: number; keyMax: number; menuMedian: number; menuMax: number
  scrollingMedian: number; scrollingMeasured: number; frameMedian: number; frameP95: number; heapMb: number; initialJsKb: number; warmJsKb: number
  floorLoad: number; floorKeyMedian: number; floorKeyMax: number; floorFieldMedian: number; floorFieldMax: number; floorFrame: number; floorHeapMb: number
}

interface LayoutFigures { warm: number; keyMedian: number; keyMax: number; frameMedian: number; frameP95: number }

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN }
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))] }

async function firstRows(page: Page, total: number): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __bench: { firstRowAt?: number } }).__bench.firstRowAt !== undefined, undefined, { timeout: 300_000 })
  const at = await page.evaluate(() => (window as unknown as { __bench: { firstRowAt: number } }).__bench.firstRowAt)
  // The whole dataset is in, and stored, before anything else is measured.
  await page.waitForFunction((n) => document.querySelector('[data-testid="project-count"]')?.textContent?.replace(/\D/g, ' ').split(/\s+/).includes(String(n)), total, { timeout: 300_000 })
  await datasetStored(page)
  return at
}

/** The scripts whose download had finished when the first rows were painted (resource timing, same clock). */
function scriptsBeforeFirstRows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const at = (window as unknown as { __bench: { firstRowAt: number } }).__bench.firstRowAt
    return performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('.js') && (e as PerformanceResourceTiming).responseEnd <= at)
      .map((e) => new URL(e.name).pathname)
  })
}

/**
 * Keystrokes "with a menu open" start once it is open: its opening animation (and the commit at
 * its end, which can come later than the keystrokes' quiet period) is not a keystroke's work.
 */
async function menuOpened(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const dialog = document.querySelector('[role="dialog"]')
    return dialog !== null && dialog.getAnimations({ subtree: true }).every((a) => a.playState === 'finished')
  })
  await page.waitForTimeout(500)
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  // The JS heap plus typed arrays' backing stores (kept outside it), so compact indexes count too.
  const usage = await cdp.send('Runtime.getHeapUsage') as { usedSize: number; backingStorageSize?: number }
  await cdp.detach()
  return (usage.usedSize + (usage.backingStorageSize ?? 0)) / 1024 / 1024
}

async function measureOnce(browser: Browser, server: BenchServer, total: number): Promise<{ table: Figures; layouts: LayoutFigures[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', colorScheme: 'light' })
  await context.addInitScript(INIT_SCRIPT)
  const page = await context.newPage()
  const gzipKb = (scripts: string[]) => scripts.reduce((sum, p) => sum + gzipSync(server.file(p) ?? Buffer.alloc(0)).length, 0) / 1024

  await page.goto(`${server.url}${TABLE_HASH}`)
  const cold = await firstRows(page, total)
  const initialJsKb = gzipKb(await scriptsBeforeFirstRows(page))

  const warms: number[] = []
  let warmJsKb = 0
  for (let i = 0; i < 3; i++) {
    await page.reload()
    warms.push(await firstRows(page, total))
    if (i === 0) warmJsKb = gzipKb(await scriptsBeforeFirstRows(page))
  }

  const typed = await typeAndSettle(page, PREFIXES)
  await typeAndSettle(page, [''])
  await page.locator('button[aria-haspopup="dialog"]', { hasText: /^Tags/ }).first().click()
  await menuOpened(page)
  const menu = await typeAndSettle(page, PREFIXES)
  await page.keyboard.press('Escape')
  await typeAndSettle(page, [''])
  const scrolling = await typeWhileScrolling(page, PREFIXES, typed.counts)
  await typeAndSettle(page, [''])
  const frames = await scrollThrough(page)
  await typeAndSettle(page, PREFIXES.slice(-1))
  await scrollThrough(page)
  // After a search and a scroll through.
  const heap = await heapMb(page)

  const layouts: LayoutFigures[] = []
  for (const layout of LAYOUTS) {
    await page.goto(`${server.url}${layout.hash}`)
    await page.reload()
    const warm = await firstRows(page, total)
    const keys = await typeAndSettle(page, PREFIXES)
    await typeAndSettle(page, [''])
    const scrolled = await scrollThrough(page)
    layouts.push({ warm, keyMedian: median(keys.latencies), keyMax: Math.max(...keys.latencies), frameMedian: median(scrolled), frameP95: pct(scrolled, 0.95) })
  }

  const floorPage = await context.newPage()
  await floorPage.goto(`${server.url}__floor.html`)
  const floors = await measureFloors(floorPage, PREFIXES)
  const idle = await idleFrames(floorPage)
  const floorHeap = await heapMb(floorPage)
  await context.close()

  return {
    table: {
      cold, warm: median(warms), keyMedian: median(typed.latencies), keyMax: Math.max(...typed.latencies),
      menuMedian: median(menu.latencies), menuMax: Math.max(...menu.latencies),
      scrollingMedian: median(scrolling), scrollingMeasured: scrolling.length,
      frameMedian: median(frames), frameP95: pct(frames, 0.95), heapMb: heap, initialJsKb, warmJsKb,
      floorLoad: floors.loadMs, floorKeyMedian: median(floors.scanMs), floorKeyMax: Math.max(...floors.scanMs), floorFieldMedian: median(floors.keyMs), floorFieldMax: Math.max(...floors.keyMs), floorFrame: median(idle), floorHeapMb: floorHeap,
    },
    layouts,
  }
}

/** The median of each figure across runs. */
function combine<F extends object>(runs: F[]): F {
  const keys = Object.keys(runs[0]) as (keyof F)[]
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k] as number))])) as F
}

const ms = (n: number) => (Number.isNaN(n) ? '-' : n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(n < 10 ? 1 : 0)} ms`)
const withFloor = (value: string, floor: string) => `${value} (${floor})`

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  console.log(line(header))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const row of rows) console.log(line(row))
}

if (!existsSync(`${BUILD}/index.html`)) throw new Error(`${BUILD}/index.html is missing: run npm run build:web first`)
const real = readRealDataset()
const sizes = String(args.sizes).split(',').map((s) => (s === 'real' ? real.projects.length : Number(s)))
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
const tableRows: string[][] = []
const layoutRows: string[][] = []
const loads: number[] = []
for (const size of sizes) {
  const dataset = benchDataset(real, size)
  const server = await serveBuild(BUILD, JSON.stringify(dataset))
  const runs: { table: Figures; layouts: LayoutFigures[] }[] = []
  const count = size >= 50_000 ? LARGE_RUNS : RUNS
  for (let i = 0; i < count; i++) {
    runs.push(await measureOnce(browser, server, size))
    loads.push(os.loadavg()[0])
    process.stderr.write(`  ${size} rows: run ${i + 1}/${count} done (load ${os.loadavg()[0].toFixed(2)})\n`)
  }
  await server.close()
  const f = combine(runs.map((r) => r.table))
  tableRows.push([
    size.toLocaleString('en-US'),
    withFloor(ms(f.cold), ms(f.floorLoad)), withFloor(ms(f.warm), ms(f.floorLoad)),
    withFloor(`${ms(f.keyMedian)} / ${ms(f.keyMax)}`, `field ${ms(f.floorFieldMedian)} / ${ms(f.floorFieldMax)}, scan ${ms(f.floorKeyMedian)} / ${ms(f.floorKeyMax)}`),
    `${ms(f.menuMedian)} / ${ms(f.menuMax)}`,
    `${ms(f.scrollingMedian)} [${f.scrollingMeasured}]`,
    withFloor(`${ms(f.frameMedian)} / ${ms(f.frameP95)}`, ms(f.floorFrame)),
    withFloor(`${f.heapMb.toFixed(0)} MB`, `${f.floorHeapMb.toFixed(0)} MB`),
    `${f.warmJsKb.toFixed(0)} / ${f.initialJsKb.toFixed(0)} KB`,
  ])
  LAYOUTS.forEach((layout, i) => {
    const l = combine(runs.map((r) => r.layouts[i]))
    layoutRows.push([size.toLocaleString('en-US'), layout.label, ms(l.warm), `${ms(l.keyMedian)} / ${ms(l.keyMax)}`, `${ms(l.frameMedian)} / ${ms(l.frameP95)}`])
  })
}
// The desktop renderer (out/renderer, from `npm run build`) loads the same way in Chromium, through
// the web bridge: what its first rows need.
let desktopJs = 'not built'
if (existsSync(`${DESKTOP_BUILD}/index.html`)) {
  const server = await serveBuild(DESKTOP_BUILD, JSON.stringify(real))
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' })
  await context.addInitScript(INIT_SCRIPT)
  const page = await context.newPage()
  await page.goto(`${server.url}${TABLE_HASH}`)
  await firstRows(page, real.projects.length)
  const gz = (scripts: string[]) => scripts.reduce((sum, p) => sum + gzipSync(server.file(p) ?? Buffer.alloc(0)).length, 0) / 1024
  const cold = gz(await scriptsBeforeFirstRows(page))
  await page.reload()
  await firstRows(page, real.projects.length)
  desktopJs = `${gz(await scriptsBeforeFirstRows(page)).toFixed(0)} / ${cold.toFixed(0)} KB`
  await context.close()
  await server.close()
}
await browser.close()

const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)}`
console.log(`\nheadless Chromium (software rendering), ${VIEWPORT.width}x${VIEWPORT.height}, ${os.cpus().length} cores, 1-minute load average ${range(loads)} across runs; medians of ${RUNS} run(s) (${LARGE_RUNS} from 50,000 rows)`)
console.log(`typing "${QUERY}" one character at a time; (in brackets) the floor of the same run: fetch + JSON.parse of dataset.json; a keystroke into a bare field whose handler scans and writes the count, to the next paint, and the substring scan alone; an idle frame; the parsed dataset's heap\n`)
printTable(['rows', 'first rows cold', 'warm reload', 'keystroke median / max', 'with a menu open', 'while scrolling [n]', 'scroll frame median / p95', 'JS heap', 'JS to first rows, gzip (warm / cold)'], tableRows)
console.log('\nthe other layouts, on the same data (warm reload, the same keystrokes, 120 scroll steps of 400 px):\n')
printTable(['rows', 'layout', 'first items, warm', 'keystroke median / max', 'scroll frame median / p95'], layoutRows)
console.log(`\ndesktop renderer (${DESKTOP_BUILD}), JS to first rows, gzip (warm / cold): ${desktopJs}`)
