// What the benchmark runs inside the page. Nothing here needs the app's cooperation: React
// commits are timestamped through the hook React offers developer tools (production builds call
// it too), paints through a frame loop, so the same probes measure any build of the app.
import type { Page } from '@playwright/test'

/**
 * Installed before the app's scripts: a commit log (time and the count line's text), the time
 * after each paint, and the moment the first table row (or card) was painted.
 */
export const INIT_SCRIPT = `
window.__name = (fn) => fn
// A table row or a card: whichever layout the address asks for.
const FIRST_ITEM = 'table tbody tr[data-row-id], [role="grid"] [data-project-id]'
const bench = window.__bench = { commits: [], paints: [], firstRowAt: undefined }
const countText = () => document.querySelector('[data-testid="project-count"]')?.textContent ?? ''
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true, isDisabled: false, renderers: new Map(),
  inject() { return 1 },
  onCommitFiberRoot() { bench.commits.push({ t: performance.now(), count: countText() }) },
  onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, onScheduleFiberRoot() {}, checkDCE() {},
}
const channel = new MessageChannel()
channel.port1.onmessage = () => { bench.paints.push(performance.now()); if (bench.paints.length > 20000) bench.paints.splice(0, 10000) }
const frame = () => { channel.port2.postMessage(0); requestAnimationFrame(frame) }
requestAnimationFrame(frame)
const rows = new MutationObserver(() => {
  if (!document.querySelector(FIRST_ITEM)) return
  rows.disconnect()
  const seen = performance.now()
  requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => { bench.firstRowAt = performance.now(); bench.firstRowCommit = seen }; c.port2.postMessage(0) })
})
rows.observe(document, { childList: true, subtree: true })
`

/**
 * Waits until the dataset is stored: the top bar shows its date then. A first launch draws its
 * rows before storing them, and a reload before the store ends is another first launch, not a
 * warm start.
 */
export async function datasetStored(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="data-status"]', { timeout: 300_000 })
}

export interface KeystrokeRun {
  /** ms from each input event to the paint after the last commit it caused. */
  latencies: number[]
  /** The count line after each keystroke settled. */
  counts: string[]
}

/**
 * Types `values` (successive prefixes of a query) into the table's search field, one input event
 * each, waiting until React has been quiet for `quietMs`; a keystroke ends at the first paint
 * after its last commit.
 */
export function typeAndSettle(page: Page, values: string[], quietMs = 150): Promise<KeystrokeRun> {
  return page.evaluate(async ({ values, quietMs }) => {
    const bench = (window as unknown as { __bench: { commits: { t: number; count: string }[]; paints: number[] } }).__bench
    const input = searchInput()
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
    const quiet = async () => {
      const deadline = performance.now() + 10_000
      while (performance.now() < deadline) {
        const last = bench.commits.at(-1)?.t ?? 0
        if (performance.now() - last >= quietMs) return
        await sleep(20)
      }
    }
    const latencies: number[] = []
    const counts: string[] = []
    await quiet()
    for (const value of values) {
      const before = bench.commits.length
      const start = performance.now()
      setValue.call(input, value)
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await quiet()
      const last = bench.commits.length > before ? bench.commits.at(-1)!.t : start
      const painted = bench.paints.find((t) => t > last) ?? performance.now()
      latencies.push(painted - start)
      counts.push(document.querySelector('[data-testid="project-count"]')?.textContent ?? '')
    }
    return { latencies, counts }

    function searchInput(): HTMLInputElement {
      // The table's own search field, or (older builds) the top bar's, which drove the table.
      const inMain = document.querySelector<HTMLInputElement>('main input[type="search"][aria-label="Search projects"]')
      const anywhere = document.querySelector<HTMLInputElement>('input[type="search"][aria-label="Search projects"]')
      const found = inMain ?? anywhere
      if (!found) throw new Error('no "Search projects" field on the page')
      return found
    }
  }, { values, quietMs })
}

/**
 * The same keystrokes while the table scrolls every frame. A keystroke ends at the paint after
 * the commit showing the count it settles on (`expected`, from a quiet run); keystrokes that
 * leave the count as it was cannot be told apart from scrolling and are skipped.
 */
export function typeWhileScrolling(page: Page, values: string[], expected: string[], scroller = SCROLLER): Promise<number[]> {
  return page.evaluate(async ({ values, expected, scroller }) => {
    const bench = (window as unknown as { __bench: { commits: { t: number; count: string }[]; paints: number[] } }).__bench
    const input = document.querySelector<HTMLInputElement>('main input[type="search"][aria-label="Search projects"]')
      ?? document.querySelector<HTMLInputElement>('input[type="search"][aria-label="Search projects"]')!
    const box = document.querySelector(scroller)!.parentElement as HTMLElement
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
    let scrolling = true
    let direction = 1
    const scroll = () => {
      if (!scrolling) return
      if (box.scrollTop + box.clientHeight >= box.scrollHeight - 2) direction = -1
      if (box.scrollTop <= 0) direction = 1
      box.scrollTop += 120 * direction
      requestAnimationFrame(scroll)
    }
    requestAnimationFrame(scroll)
    await sleep(200)
    const latencies: number[] = []
    let previous = document.querySelector('[data-testid="project-count"]')?.textContent ?? ''
    for (let i = 0; i < values.length; i++) {
      const before = bench.commits.length
      const start = performance.now()
      setValue.call(input, values[i])
      input.dispatchEvent(new Event('input', { bubbles: true }))
      const deadline = start + 5000
      let shownAt: number | undefined
      while (expected[i] !== previous && performance.now() < deadline) {
        shownAt = bench.commits.slice(before).find((c) => c.count === expected[i])?.t
        if (shownAt !== undefined) break
        await sleep(10)
      }
      if (shownAt !== undefined) {
        while (!bench.paints.some((t) => t > shownAt!)) await sleep(5)
        latencies.push(bench.paints.find((t) => t > shownAt!)! - start)
      }
      previous = expected[i]
      await sleep(120)
    }
    scrolling = false
    return latencies
  }, { values, expected, scroller })
}

/** The element whose parent scrolls: the table, or the cards' grid. */
export const SCROLLER = 'table[aria-label], [role="grid"]'

/** Scrolls the table (or the cards) 400 px a frame, 120 times; frame times from requestAnimationFrame. */
export function scrollThrough(page: Page, scroller = SCROLLER): Promise<number[]> {
  return page.evaluate(async (scroller) => {
    const box = document.querySelector(scroller)!.parentElement as HTMLElement
    box.scrollTop = 0
    const frames: number[] = []
    let last = performance.now()
    for (let i = 0; i < 120; i++) {
      box.scrollTop += 400
      await new Promise((r) => requestAnimationFrame(r))
      const now = performance.now()
      frames.push(now - last)
      last = now
    }
    return frames
  }, scroller)
}

/** Frame times of the same page doing nothing: the floor for scrolling. */
export function idleFrames(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const frames: number[] = []
    let last = performance.now()
    for (let i = 0; i < 60; i++) {
      await new Promise((r) => requestAnimationFrame(r))
      const now = performance.now()
      frames.push(now - last)
      last = now
    }
    return frames
  })
}

export interface Floors {
  /** Fetching and parsing dataset.json, nothing else. */
  loadMs: number
  /** A substring scan for each keystroke's text over every project's searchable text. */
  scanMs: number[]
  /** Each keystroke into a bare field that scans and writes the count, to the next paint. */
  keyMs: number[]
}

/** The plain-scan floor, measured on an empty page of the same origin. */
export function measureFloors(page: Page, values: string[]): Promise<Floors> {
  return page.evaluate(async (values) => {
    const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    const start = performance.now()
    const dataset = JSON.parse(await (await fetch('dataset.json', { cache: 'no-store' })).text())
    const loadMs = performance.now() - start
    type P = { id: string; name: string; category: string; subcategory: string; tags: string[]; summary?: { en: string; ru: string }; highlights: { en: string; ru: string }[] }
    const texts = (dataset.projects as P[]).map((p) => fold([p.name, p.id, p.category, p.subcategory, ...p.tags, p.summary?.en ?? '', p.summary?.ru ?? '', ...p.highlights.flatMap((h) => [h.en, h.ru])].join('\n')))
    const scan = (value: string) => {
      const terms = fold(value).split(/\s+/).filter(Boolean)
      let found = 0
      for (const text of texts) if (terms.every((term) => text.includes(term))) found++
      return found
    }
    const scanMs = values.map((value) => {
      const t0 = performance.now()
      return scan(value) >= 0 ? performance.now() - t0 : 0
    })
    // The same keystrokes into a field whose handler scans and writes the count: what a keystroke
    // costs before any view is drawn (the wait for the next frame and its paint included).
    const bench = (window as unknown as { __bench: { paints: number[] } }).__bench
    const input = document.body.appendChild(document.createElement('input'))
    const count = document.body.appendChild(document.createElement('p'))
    input.addEventListener('input', () => { count.textContent = `${scan(input.value)} of ${texts.length} projects` })
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
    const keyMs: number[] = []
    for (const value of values) {
      await sleep(150)
      const start = performance.now()
      input.value = value
      input.dispatchEvent(new Event('input', { bubbles: true }))
      const handled = performance.now()
      while (!bench.paints.some((t) => t > handled)) await sleep(2)
      keyMs.push(bench.paints.find((t) => t > handled)! - start)
    }
    ;(window as unknown as { __kept: unknown }).__kept = dataset
    return { loadMs, scanMs, keyMs }
  }, values)
}
