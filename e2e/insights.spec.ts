import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { acceptedIn, byName, enteredThroughSandbox, inCategory, isMaturity, names, projects } from './dataset'
import { CHARTS, InsightsPage, type ChartId } from './pages/insights-page'
import { ProjectDetailPage } from './pages/project-detail-page'
import { ProjectsPage } from './pages/projects-page'

// What the charts should say, counted here from resources/dataset.json with the product's
// definitions: the default scope is the projects that entered through the Sandbox.
const intake = projects.filter(enteredThroughSandbox)
const years = [...new Set(intake.map((p) => p.dates.accepted!.slice(0, 4)))].sort()
const MATURITY_COLUMNS = { sandbox: 'Sandbox', incubating: 'Incubating', graduated: 'Graduated', archived: 'Archived' } as const

/** Cells as numbers ("—" and "" read as 0). */
const numbers = (cells: string[]) => cells.map((c) => Number(c.replace(/[^\d.]/g, '') || 0))

/** Every drawn length is the same multiple of its value (to a pixel): the chart draws the table's numbers. */
function expectProportional(lengths: number[], values: number[], label: string): void {
  expect(lengths, label).toHaveLength(values.length)
  const scale = lengths.reduce((a, b) => a + b, 0) / values.reduce((a, b) => a + b, 0)
  lengths.forEach((length, i) => expect(Math.abs(length - values[i] * scale), `${label} #${i}: ${length}px for ${values[i]}`).toBeLessThanOrEqual(1.5))
}

/** Requests that left the machine: Insights works from the bundled data alone. */
function watchRemoteRequests(page: Page): string[] {
  const remote: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (/^https?:$/.test(url.protocol) && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) remote.push(request.url())
  })
  return remote
}

test('Insights opens with all five charts drawn from the bundled data, offline', async ({ app }) => {
  const remote = watchRemoteRequests(app.page)
  const insights = new InsightsPage(app)
  await insights.open()
  await expect(app.page.getByText('Figures from the CNCF Landscape as of Aug 7, 2026')).toBeVisible()
  for (const id of Object.keys(CHARTS) as ChartId[]) {
    await test.step(CHARTS[id], async () => {
      await insights.chart(id).scrollIntoViewIfNeeded()
      await expect(insights.drawing(id)).toBeVisible()
      await expect(insights.drawing(id).locator('[data-series]').first()).toBeAttached()
    })
  }
  // The cohorts card draws three figures: fates, time to promotion, survival (one line per cohort).
  await expect(insights.drawing('cohorts', 2).locator('path[data-series]')).toHaveCount(years.length)
  expect(remote).toEqual([])
})

test('clicking the 2023 bar\'s "Archived" segment shows exactly the archived projects accepted in 2023', async ({ app }) => {
  const insights = new InsightsPage(app)
  const table = new ProjectsPage(app)
  const expected = names(projects.filter(acceptedIn('2023')).filter(isMaturity('archived')))
  expect(expected.length, 'the dataset has an archived project accepted in 2023').toBeGreaterThan(0)

  await test.step('a click on the segment', async () => {
    await insights.open()
    await insights.bars('intake', 'archived').nth(years.indexOf('2023')).click()
    await table.expectCount(expected.length, projects.length)
    await expect.poll(async () => (await table.rowNames()).sort()).toEqual(expected)
    // The table says why: the chart's filters, as chips one can remove.
    for (const chip of ['Maturity: Archived', 'Year accepted: 2023', 'Joined as: Sandbox']) await expect(app.page.getByRole('button', { name: chip })).toBeVisible()
  })

  await test.step('the keyboard: arrows to the segment, its values shown, Enter', async () => {
    await app.page.goBack()
    await expect(insights.drawing('intake')).toBeVisible()
    await insights.keyboardTarget('intake').focus()
    for (let i = 0; i <= years.indexOf('2023'); i++) await app.page.keyboard.press('ArrowRight')
    for (let i = 0; i < 3; i++) await app.page.keyboard.press('ArrowUp')
    const intake2023 = intake.filter(acceptedIn('2023'))
    await expect(app.page.getByRole('tooltip')).toContainText(`2023 · ${intake2023.length} accepted`)
    await expect(app.page.getByRole('tooltip')).toContainText(`Archived${intake2023.filter(isMaturity('archived')).length}`)
    await app.page.keyboard.press('Enter')
    await table.expectCount(expected.length, projects.length)
    await expect.poll(async () => (await table.rowNames()).sort()).toEqual(expected)
  })
})

test('the charts follow a scope: starred projects, and their segments open with the Starred filter', async ({ app }) => {
  const starred = [byName('Headlamp'), byName('Keycloak'), byName('Xline')]
  const detail = new ProjectDetailPage(app)
  for (const project of starred) {
    await app.goto(`#/projects/${project.id}`)
    await detail.star(project.name)
    await expect(app.page.getByRole('button', { name: `Unstar ${project.name}` }).first()).toBeVisible()
  }
  const insights = new InsightsPage(app)
  await insights.open()
  await app.page.getByRole('combobox', { name: 'Projects counted' }).click()
  await app.page.getByRole('option', { name: 'Starred' }).click()
  await expect(app.page).toHaveURL(/#\/insights\?scope=starred$/)

  // All three were accepted in 2023, one of them (Keycloak) straight into incubation.
  const { rows } = await insights.tableTexts(await insights.showTable('intake'))
  expect(rows.find((r) => r[0] === '2023')?.at(-1)).toBe(String(starred.length))
  const table = new ProjectsPage(app)
  await insights.chart('intake').getByRole('button', { name: /^Open 1 project in Projects: 2023, Incubating$/ }).click()
  await expect.poll(async () => (await table.rowNames()).sort()).toEqual(['Keycloak'])
  for (const chip of ['Maturity: Incubating', 'Year accepted: 2023']) await expect(app.page.getByRole('button', { name: chip })).toBeVisible()
  await expect(app.page.getByRole('button', { name: 'Starred' })).toHaveAttribute('aria-pressed', 'true')
})

test("each chart's table view shows the numbers its chart draws", async ({ app }) => {
  const insights = new InsightsPage(app)
  // Bars are measured where they end, not while they grow: the charts skip motion when asked to.
  await app.page.emulateMedia({ reducedMotion: 'reduce' })
  await insights.open()

  await test.step('Intake: per year and maturity today', async () => {
    const lengths = Object.fromEntries(await Promise.all(Object.keys(MATURITY_COLUMNS).map(async (m) => [m, await insights.barLengths('intake', m, 'height')] as const)))
    const { headers, rows } = await insights.tableTexts(await insights.showTable('intake'))
    expect(headers).toEqual(['Year', 'Sandbox', 'Incubating', 'Graduated', 'Archived', 'Total'])
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: Number(years.at(-1)) - Number(years[0]) + 1 }, (_, i) => String(Number(years[0]) + i)))
    for (const row of rows) {
      const inYear = intake.filter(acceptedIn(row[0]))
      expect(numbers(row.slice(1)), row[0]).toEqual([...Object.keys(MATURITY_COLUMNS).map((m) => inYear.filter(isMaturity(m as never)).length), inYear.length])
    }
    Object.keys(MATURITY_COLUMNS).forEach((m, c) => expectProportional(lengths[m], rows.map((r) => numbers(r)[c + 1]), `Intake ${m}`))
  })

  await test.step('Cohorts: where each intake is today', async () => {
    const widths = Object.fromEntries(await Promise.all(['sandbox', 'promoted', 'archived'].map(async (f) => [f, await insights.barLengths('cohorts', f, 'width')] as const)))
    const { headers, rows } = await insights.tableTexts(await insights.showTable('cohorts'))
    expect(headers.slice(0, 8)).toEqual(['Intake year', 'Accepted', 'Still in the Sandbox', 'Still in the Sandbox, share', 'Promoted', 'Promoted, share', 'Archived', 'Archived, share'])
    rows.forEach((row, i) => {
      const cohort = intake.filter(acceptedIn(row[0]))
      const counts = [cohort.filter(isMaturity('sandbox')).length, cohort.filter(isMaturity('incubating', 'graduated')).length, cohort.filter(isMaturity('archived')).length]
      const [, size, still, , promoted, , archived] = numbers(row)
      expect([size, still, promoted, archived], row[0]).toEqual([cohort.length, ...counts])
      const drawn = [widths.sandbox[i], widths.promoted[i], widths.archived[i]]
      const total = drawn.reduce((a, b) => a + b, 0)
      drawn.forEach((width, f) => expect(Math.abs(width / total - counts[f] / cohort.length), `${row[0]} fate ${f}`).toBeLessThan(0.01))
    })
  })

  await test.step('The 2023 cohort: the 2023 Sandbox intake (the article\'s list), one bar each', async () => {
    await expect(insights.bars('cohort-2023', 'sandbox')).toHaveCount(projects.filter((p) => enteredThroughSandbox(p) && p.dates.accepted?.startsWith('2023')).length)
    const { rows } = await insights.tableTexts(await insights.showTable('cohort-2023'))
    expect(rows.map((r) => r[0]).sort()).toEqual(names(projects.filter((p) => enteredThroughSandbox(p) && p.dates.accepted?.startsWith('2023'))))
  })

  await test.step('Movements: promotions and archivals per year', async () => {
    const heights = await Promise.all(['incubating', 'graduated', 'archived'].map((k) => insights.barLengths('movements', k, 'height')))
    const { headers, rows } = await insights.tableTexts(await insights.showTable('movements'))
    expect(headers).toEqual(['Year', 'To incubating', 'To graduated', 'Archived', 'Total'])
    for (const row of rows) {
      const inYear = (date: string | undefined, after: string) => date !== undefined && date.startsWith(row[0]) && date > after
      const counts = [
        intake.filter((p) => inYear(p.dates.incubating, p.dates.accepted!)).length,
        intake.filter((p) => inYear(p.dates.graduated, p.dates.accepted!)).length,
        intake.filter((p) => inYear(p.dates.archived, '')).length,
      ]
      expect(numbers(row.slice(1)), row[0]).toEqual([...counts, counts[0] + counts[1] + counts[2]])
    }
    heights.forEach((lengths, k) => expectProportional(lengths, rows.map((r) => numbers(r)[k + 1]), `Movements ${k}`))
  })

  await test.step('Categories: the Sandbox today, per category', async () => {
    const widths = await insights.barLengths('categories', 'count', 'width')
    const { headers, rows } = await insights.tableTexts(await insights.showTable('categories'))
    expect(headers).toEqual(['Category', 'Sandbox projects'])
    const sandboxToday = intake.filter(isMaturity('sandbox'))
    for (const [name, count] of rows) expect(Number(count), name).toBe(sandboxToday.filter(inCategory(name)).length)
    expectProportional(widths, rows.map((r) => Number(r[1])), 'Categories')
  })
})

test('exports open: the chart as SVG and PNG images, its data as CSV with the attribution', async ({ app }) => {
  const insights = new InsightsPage(app)
  await insights.open()
  await expect(insights.drawing('intake')).toBeVisible()

  await test.step('SVG: a well-formed image with the title, the legend and the attribution', async () => {
    const saved = await app.captureSave(() => insights.exportAs('intake', 'Image (SVG)'))
    expect(saved.name).toMatch(/\.svg$|^saved$/)
    for (const text of ['<title>Intake</title>', '>Incubating</text>', 'Project data: CNCF Landscape (landscape.cncf.io), CC BY 4.0']) expect(saved.content).toContain(text)
    const opened = await app.page.evaluate(async (svg) => {
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml')
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
      const image = new Image()
      await new Promise((resolve, reject) => { image.onload = resolve; image.onerror = reject; image.src = url })
      URL.revokeObjectURL(url)
      return { errors: parsed.getElementsByTagName('parsererror').length, width: image.naturalWidth, height: image.naturalHeight }
    }, saved.content)
    expect(opened.errors).toBe(0)
    expect(opened.width).toBeGreaterThan(400)
    expect(opened.height).toBeGreaterThan(200)
  })

  await test.step('PNG: a PNG file an image decoder opens, at twice the size', async () => {
    const saved = await app.captureSave(() => insights.exportAs('intake', 'Image (PNG)'))
    const bytes = readFileSync(saved.file)
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const width = bytes.readUInt32BE(16)
    const decoded = await app.page.evaluate(async (base64) => {
      const image = new Image()
      await new Promise((resolve, reject) => { image.onload = resolve; image.onerror = reject; image.src = `data:image/png;base64,${base64}` })
      return image.naturalWidth
    }, bytes.toString('base64'))
    expect(decoded).toBe(width)
    expect(width).toBeGreaterThan(800)
  })

  await test.step('CSV: the table view, then the attribution and the snapshot', async () => {
    const saved = await app.captureSave(() => insights.exportAs('intake', 'Data (CSV)'))
    const lines = saved.content.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('Year,Sandbox,Incubating,Graduated,Archived,Total')
    const in2023 = intake.filter(acceptedIn('2023'))
    expect(lines).toContain(`2023,${Object.keys(MATURITY_COLUMNS).map((m) => in2023.filter(isMaturity(m as never)).length).join(',')},${in2023.length}`)
    const blank = lines.indexOf('')
    expect(lines[blank + 1]).toBe('"Project data: CNCF Landscape (landscape.cncf.io), CC BY 4.0",https://creativecommons.org/licenses/by/4.0/')
    expect(lines[blank + 2]).toMatch(/^"Source: CNCF Landscape, revision 153d699bddf74038d21775b14d09052f62021441, Aug 7, 2026",https:\/\/github\.com\/cncf\/landscape$/)
    expect(lines[blank + 3]).toMatch(/^"Exported .+ with Sandscape /)
  })
})
