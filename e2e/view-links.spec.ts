import { expect, test } from './fixtures'
import { inCategory, isMaturity, projects, sandbox } from './dataset'
import { ProjectsPage } from './pages/projects-page'

const byNameDescending = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? 1 : a.toLowerCase() > b.toLowerCase() ? -1 : 0)
const acceptedBetween = (from: string, to: string) => (p: (typeof projects)[number]) => Boolean(p.dates.accepted && p.dates.accepted >= `${from}-01-01` && p.dates.accepted <= `${to}-12-31`)

// A link with a date range, two facets and a sort, with values picked from the data so that it
// shows a few projects (a screenful at most) and fewer than any of its parts alone.
const linked = (() => {
  const categories = [...new Set(projects.map((p) => p.category))].sort()
  const years = [...new Set(projects.flatMap((p) => (p.dates.accepted ? [p.dates.accepted.slice(0, 4)] : [])))].sort()
  const open = projects.filter(isMaturity('sandbox', 'incubating'))
  const options = categories.flatMap((category) => years.slice(0, -1).map((from, i) => {
    const to = years[i + 1]
    return { category, from, to, found: open.filter(inCategory(category)).filter(acceptedBetween(from, to)) }
  })).filter((o) => o.found.length >= 3 && o.found.length <= 12)
    .sort((a, b) => b.found.length - a.found.length || a.category.localeCompare(b.category) || a.from.localeCompare(b.from))
  if (!options[0]) throw new Error('resources/dataset.json has no category and two years with 3–12 Sandbox or Incubating projects')
  const { category, from, to, found } = options[0]
  return {
    hash: `#/projects?maturity=sandbox,incubating&category=${encodeURIComponent(category)}&accepted=${from}..${to}&sort=-name`,
    names: found.map((p) => p.name).sort(byNameDescending),
  }
})()

test('a pasted link reproduces a view with a date range, two facets and a sort; reload, Back and Forward keep it', async ({ app }) => {
  const table = new ProjectsPage(app)
  await app.goto(linked.hash)

  await test.step('the link\'s view is shown', async () => {
    await table.expectCount(linked.names.length, projects.length)
    await expect(table.facetButton('Maturity')).toHaveText('Maturity · 2')
    await expect(table.facetButton('Category')).toHaveText('Category · 1')
    await expect(app.page.getByRole('button', { name: 'Dates · 1' })).toBeVisible()
    await expect(table.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending')
    expect(await table.rowNames()).toEqual(linked.names)
  })

  await test.step('reloading keeps it', async () => {
    await app.page.reload()
    await table.expectCount(linked.names.length, projects.length)
    expect(await table.rowNames()).toEqual(linked.names)
  })

  await test.step('a change is a step Back undoes and Forward redoes', async () => {
    const before = await table.address()
    await table.filter('Maturity', 'Incubating')
    await expect.poll(() => table.address()).not.toBe(before)
    const after = await table.address()
    await app.page.goBack()
    await expect.poll(() => table.address()).toBe(before)
    await table.expectCount(linked.names.length, projects.length)
    await app.page.goForward()
    await expect.poll(() => table.address()).toBe(after)
    await expect(table.facetButton('Maturity')).toHaveText('Maturity · 1')
  })
})

test('a link with keys and values it does not know shows the rest, says what it left out, and never an error page', async ({ app }) => {
  const table = new ProjectsPage(app)
  await app.goto('#/projects?maturity=sandbox,ripe&colour=blue&accepted=someday&sort=-nope&layout=grid')
  await expect(app.page.getByRole('main').getByRole('heading', { name: 'Projects', level: 1 })).toBeVisible()
  await table.expectCount(sandbox.length, projects.length)
  const notice = app.page.getByRole('alert')
  await expect(notice).toContainText('left out')
  for (const part of ['maturity=ripe', 'colour=blue', 'accepted=someday', 'sort=-nope', 'layout=grid']) await expect(notice).toContainText(part)
  // The address now says what is shown, and nothing else.
  await expect.poll(() => table.address()).toBe('#/projects?maturity=sandbox&sort=name')
})

test('"accepted 2023, Sandbox, sorted by days in stage" is two clicks, and its link opens it again', async ({ app }) => {
  const table = new ProjectsPage(app)
  const expected = sandbox.filter((p) => p.dates.accepted?.startsWith('2023'))
  await table.expectCount(sandbox.length, projects.length)

  await table.quickPick('2023')
  await table.sortBy('Days in stage')

  await test.step('the longest in the Sandbox come first', async () => {
    await table.expectCount(expected.length, projects.length)
    await expect(table.columnHeader('Days in stage')).toHaveAttribute('aria-sort', 'descending')
    const days = (await table.columnTexts('Days in stage')).map((d) => Number(d.replace(/\D/g, '')))
    expect(days.length).toBeGreaterThan(1)
    expect(days.every((d, i) => i === 0 || days[i - 1] >= d), days.join(' ')).toBe(true)
    const accepted = await table.columnTexts('Accepted', 'datetime')
    expect(accepted.every((d) => d.startsWith('2023'))).toBe(true)
  })

  const link = await table.copyLink()
  const names = await table.rowNames()
  expect(await table.address()).toBe('#/projects?maturity=sandbox&accepted=2023&sort=-daysInStage')

  await test.step('the link opens the same view in a fresh start', async () => {
    await app.restart()
    await table.clearFilters()
    await table.expectCount(projects.length, projects.length)
    // The web build copies its own address, the desktop a sandscape:// link: both carry the same query.
    await app.goto(`#/projects${link.slice(link.indexOf('?'))}`)
    await table.expectCount(expected.length, projects.length)
    expect(await table.rowNames()).toEqual(names)
  })
})
