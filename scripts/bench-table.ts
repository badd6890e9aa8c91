// Renders the web build with a large synthetic dataset in headless Chromium and prints start-up,
// scrolling, typing and memory figures for the Projects table, then for the cards layout and
// the grouped table.
// Usage: npm run build:web && npm run bench:table [-- --projects 10000]
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type Browser } from '@playwright/test'
import { makeDataset } from '../src/shared/testing/fixtures'
import { syntheticProjects } from './synthetic-projects'

const { values } = parseArgs({ options: { projects: { type: 'string', default: '10000' } }, strict: false })
const count = Number(values.projects)
const dir = mkdtempSync(path.join(os.tmpdir(), 'sandscape-bench-'))
cpSync('dist-web', dir, { recursive: true })
writeFileSync(path.join(dir, 'dataset.json'), JSON.stringify(makeDataset(syntheticProjects(count))))

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }
const server = http.createServer((req, res) => {
  let file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
  if (!existsSync(file) || statSync(file).isDirectory()) file = path.join(dir, 'index.html')
  res.setHeader('content-type', types[path.extname(file)] ?? 'application/octet-stream')
  res.end(readFileSync(file))
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const port = (server.address() as { port: number }).port

interface Layout {
  label: string
  /** The view's address: every maturity, so all synthetic projects are shown. */
  hash: string
  /** What one drawn item is (a table row, a card). */
  item: string
  /** The element that scrolls. */
  scroller: string
}

const LAYOUTS: Layout[] = [
  { label: 'table', hash: '#/projects?sort=name', item: 'table[aria-label] tbody tr[data-row-id]', scroller: 'table' },
  { label: 'cards', hash: '#/projects?sort=name&layout=cards', item: '[role="grid"] [data-project-id]', scroller: '[role="grid"]' },
  { label: 'table grouped by category', hash: '#/projects?sort=name&group=category', item: 'table[aria-label] tbody tr[data-row-id]', scroller: 'table' },
]

async function measure(browser: Browser, layout: Layout): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' })
  // tsx (esbuild) wraps named functions in __name(); evaluated page code needs it to exist.
  await page.addInitScript('window.__name = (fn) => fn')
  const started = Date.now()
  await page.goto(`http://127.0.0.1:${port}/${layout.hash}`)
  await page.waitForSelector(layout.item, { timeout: 60_000 })
  await page.waitForFunction((n) => document.querySelector('[data-testid="project-count"]')?.textContent?.includes(String(n)), count, { timeout: 60_000 })
  const firstItems = Date.now() - started

  const scroll = await page.evaluate(async ({ item, scroller }) => {
    const box = document.querySelector(scroller)!.parentElement as HTMLElement
    const frames: number[] = []
    let last = performance.now()
    let running = true
    const tick = (now: number) => { frames.push(now - last); last = now; if (running) requestAnimationFrame(tick) }
    requestAnimationFrame(tick)
    const domItems: number[] = []
    for (let i = 0; i < 120; i++) {
      box.scrollTop += 400
      await new Promise((r) => requestAnimationFrame(r))
      domItems.push(document.querySelectorAll(item).length)
    }
    running = false
    frames.sort((a, b) => a - b)
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
    return {
      frames: frames.length,
      median: frames[Math.floor(frames.length / 2)],
      p95: frames[Math.floor(frames.length * 0.95)],
      over50ms: frames.filter((f) => f > 50).length,
      maxDomItems: Math.max(...domItems),
      scrolledTo: box.scrollTop,
      heapMb: memory ? memory.usedJSHeapSize / 1024 / 1024 : NaN,
    }
  }, layout)

  const typing = await page.evaluate(async () => {
    const input = document.querySelector('input[type="search"]') as HTMLInputElement
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    const start = performance.now()
    setter.call(input, 'mesh')
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    return performance.now() - start
  })

  console.log(`\n${layout.label} (${layout.hash})`)
  console.log(`  first ${layout.label === 'cards' ? 'cards' : 'rows'} shown after load:   ${firstItems} ms (includes IndexedDB cache fill)`)
  console.log(`  scroll 120 steps of 400 px:    ${scroll.frames} frames, median ${scroll.median.toFixed(1)} ms, p95 ${scroll.p95.toFixed(1)} ms, ${scroll.over50ms} frames over 50 ms`)
  console.log(`  items in the DOM while scrolling: at most ${scroll.maxDomItems} (virtualised), scrolled to ${Math.round(scroll.scrolledTo)} px`)
  console.log(`  search "mesh" to next paint:   ${typing.toFixed(1)} ms`)
  console.log(`  JS heap after scrolling:       ${scroll.heapMb.toFixed(1)} MB`)
  await page.close()
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-precise-memory-info'] })
console.log(`${count} projects, headless Chromium (software rendering), 1400x900`)
for (const layout of LAYOUTS) await measure(browser, layout)
await browser.close()
server.close()
