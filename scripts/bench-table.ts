// Renders the web build with a large synthetic dataset in headless Chromium and prints start-up,
// scrolling and memory figures for the Projects table.
// Usage: npm run build:web && npm run bench:table [-- --projects 10000]
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
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

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-precise-memory-info'] })
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' })
// tsx (esbuild) wraps named functions in __name(); evaluated page code needs it to exist.
await page.addInitScript('window.__name = (fn) => fn')
// Show every maturity so all synthetic rows are in the table.
await page.addInitScript(() => localStorage.setItem('sandscape.projects-table', JSON.stringify({
  state: { filters: { query: '', maturity: [], category: [], subcategory: [], year: [], tags: [] }, sorting: [{ id: 'name', desc: false }], columnVisibility: {} }, version: 1,
})))
const started = Date.now()
await page.goto(`http://127.0.0.1:${port}/`)
await page.waitForSelector('table[aria-label] tbody tr[data-row-id]', { timeout: 60_000 })
await page.waitForFunction((n) => document.querySelector('[data-testid="project-count"]')?.textContent?.includes(String(n)), count, { timeout: 60_000 })
const firstRows = Date.now() - started

const scroll = await page.evaluate(async () => {
  const box = document.querySelector('table')!.parentElement as HTMLElement
  const frames: number[] = []
  let last = performance.now()
  let running = true
  const tick = (now: number) => { frames.push(now - last); last = now; if (running) requestAnimationFrame(tick) }
  requestAnimationFrame(tick)
  const domRows: number[] = []
  for (let i = 0; i < 120; i++) {
    box.scrollTop += 400
    await new Promise((r) => requestAnimationFrame(r))
    domRows.push(box.querySelectorAll('tbody tr[data-row-id]').length)
  }
  running = false
  frames.sort((a, b) => a - b)
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
  return {
    frames: frames.length,
    median: frames[Math.floor(frames.length / 2)],
    p95: frames[Math.floor(frames.length * 0.95)],
    over50ms: frames.filter((f) => f > 50).length,
    maxDomRows: Math.max(...domRows),
    scrolledTo: box.scrollTop,
    heapMb: memory ? memory.usedJSHeapSize / 1024 / 1024 : NaN,
  }
})

const typing = await page.evaluate(async () => {
  const input = document.querySelector('input[type="search"]') as HTMLInputElement
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
  const start = performance.now()
  setter.call(input, 'mesh')
  input.dispatchEvent(new Event('input', { bubbles: true }))
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
  return performance.now() - start
})

console.log(`${count} projects, headless Chromium (software rendering), 1400x900`)
console.log(`first rows shown after load:     ${firstRows} ms (includes IndexedDB cache fill)`)
console.log(`scroll 120 steps of 400 px:      ${scroll.frames} frames, median ${scroll.median.toFixed(1)} ms, p95 ${scroll.p95.toFixed(1)} ms, ${scroll.over50ms} frames over 50 ms`)
console.log(`rows in the DOM while scrolling: at most ${scroll.maxDomRows} (virtualised), scrolled to ${Math.round(scroll.scrolledTo)} px`)
console.log(`search "mesh" to next paint:     ${typing.toFixed(1)} ms`)
console.log(`JS heap after scrolling:         ${scroll.heapMb.toFixed(1)} MB`)
await browser.close()
server.close()
