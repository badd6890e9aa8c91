import { expect, test } from './fixtures'
import { inCategory, projects, sandbox } from './dataset'
import { ProjectDetailPage } from './pages/project-detail-page'
import { ProjectsPage } from './pages/projects-page'

// The category with the most Sandbox projects that still fit on one screen of cards.
const category = (() => {
  const categories = [...new Set(sandbox.map((p) => p.category))].sort()
  const fitting = categories.map((c) => ({ c, n: sandbox.filter(inCategory(c)).length })).filter((x) => x.n >= 4 && x.n <= 12)
  fitting.sort((a, b) => b.n - a.n || a.c.localeCompare(b.c))
  if (!fitting[0]) throw new Error('resources/dataset.json has no category with 4–12 Sandbox projects')
  return fitting[0].c
})()
const inIt = sandbox.filter(inCategory(category))

test('cards and table show the same projects in the same order, grouped the same, for the same filters and sort', async ({ app }) => {
  const table = new ProjectsPage(app)
  await table.filter('Category', category)
  await table.sortBy('Accepted')
  await table.expectCount(inIt.length, projects.length)
  const rows = await table.rowIds()
  expect(rows).toHaveLength(inIt.length)

  await table.setLayout('Cards')
  await expect.poll(() => table.cardIds()).toEqual(rows)
  expect(await table.address()).toContain('layout=cards')
  await expect(app.page.getByRole('button', { name: /^Sorted by Accepted, descending/ })).toBeVisible()

  await table.groupBy('Year accepted')
  const cardGroups = await table.cards.locator('[role="gridcell"][aria-expanded]').allTextContents()
  const cardOrder = await table.cardIds()
  await table.setLayout('Table')
  const tableGroups = await table.groupRows().allTextContents()
  expect(cardGroups).toEqual(tableGroups)
  expect(await table.rowIds()).toEqual(cardOrder)
})

test('cards move in reading order from the keyboard and open with Enter; Back focuses the card again', async ({ app }) => {
  const table = new ProjectsPage(app)
  const detail = new ProjectDetailPage(app)
  await table.setLayout('Cards')
  const ids = await table.cardIds()
  const perLine = await table.cards.locator('[role="row"]').first().locator('[data-project-id]').count()
  expect(perLine).toBeGreaterThan(1)

  await table.card(ids[0]).focus()
  await app.page.keyboard.press('ArrowRight')
  await expect(table.card(ids[1])).toBeFocused()
  await app.page.keyboard.press('ArrowDown')
  await expect(table.card(ids[1 + perLine])).toBeFocused()
  await app.page.keyboard.press('Home')
  await expect(table.card(ids[0])).toBeFocused()
  await app.page.keyboard.press('ArrowDown')
  await expect(table.card(ids[perLine])).toBeFocused()
  await app.page.keyboard.press('Enter')
  const opened = sandbox.find((p) => p.id === ids[perLine])!
  await detail.expectProject(opened.name)
  await detail.backButton.click()
  await expect(table.card(opened.id)).toBeFocused()
})

test('the grouped table folds and unfolds a group, with its count, from the mouse and the keyboard', async ({ app }) => {
  const table = new ProjectsPage(app)
  await table.groupBy('Category')
  const first = table.groupRows().first()
  const [key, count] = await first.evaluate((row) => [row.getAttribute('data-group-key') ?? '', row.textContent ?? ''])
  const members = sandbox.filter((p) => p.category === key)
  expect(count).toContain(String(members.length))
  await expect(first).toHaveAttribute('aria-expanded', 'true')

  await first.click()
  await expect(first).toHaveAttribute('aria-expanded', 'false')
  for (const id of members.map((p) => p.id)) await expect(table.row(id)).toHaveCount(0)

  await first.focus()
  await app.page.keyboard.press('ArrowRight')
  await expect(first).toHaveAttribute('aria-expanded', 'true')
  await expect(table.row(members[0].id).or(table.row(members.at(-1)!.id)).first()).toBeVisible()
})
