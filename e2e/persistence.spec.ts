import { expect, test } from './fixtures'
import { inCategory, isMaturity, projects } from './dataset'
import { ProjectsPage } from './pages/projects-page'

// The category with the most Sandbox and Incubating projects: a view worth keeping.
const category = (() => {
  const open = projects.filter(isMaturity('sandbox', 'incubating'))
  const categories = [...new Set(open.map((p) => p.category))].sort()
  return categories.map((c) => ({ c, n: open.filter(inCategory(c)).length })).sort((a, b) => b.n - a.n)[0].c
})()
const expected = projects.filter(isMaturity('sandbox', 'incubating')).filter(inCategory(category))

test('filters, sort and hidden columns are still there after a restart', async ({ app }) => {
  const table = new ProjectsPage(app)
  await table.filter('Maturity', 'Incubating')
  await table.filter('Category', category)
  // One click: newest first.
  await table.sortBy('Accepted')
  await table.setColumnVisible('Tags', true)
  await table.hideColumn('Summary')
  await table.expectCount(expected.length, projects.length)
  await expect(table.columnHeader('Accepted')).toHaveAttribute('aria-sort', 'descending')
  await expect(table.columnHeader('Summary')).toHaveCount(0)
  await expect(table.columnHeader('Tags')).toBeVisible()
  const rows = await table.rowNames()

  await app.restart()

  await table.expectCount(expected.length, projects.length)
  await expect(table.facetButton('Maturity')).toHaveText('Maturity · 2')
  await expect(table.facetButton('Category')).toHaveText('Category · 1')
  const maturity = await table.openFacet('Maturity')
  await expect(maturity.getByRole('checkbox', { name: /^Sandbox/ })).toBeChecked()
  await expect(maturity.getByRole('checkbox', { name: /^Incubating/ })).toBeChecked()
  await table.closeFacet('Maturity')
  await expect(table.columnHeader('Accepted')).toHaveAttribute('aria-sort', 'descending')
  await expect(table.columnHeader('Summary')).toHaveCount(0)
  await expect(table.columnHeader('Tags')).toBeVisible()
  // The same rows in the same order; the virtualised window may hold a row more or less.
  const after = await table.rowNames()
  const shared = Math.min(after.length, rows.length)
  expect(shared).toBeGreaterThan(10)
  expect(after.slice(0, shared)).toEqual(rows.slice(0, shared))

  // And it can be undone: the column comes back, the defaults return.
  await table.setColumnVisible('Summary', true)
  await expect(table.columnHeader('Summary')).toBeVisible()
  await table.resetFilters()
  await expect(table.facetButton('Maturity')).toHaveText('Maturity · 1')
  await expect(table.facetButton('Category')).toHaveText('Category')
})

test('a column resized from the keyboard keeps its width after a restart', async ({ app }) => {
  const table = new ProjectsPage(app)
  const handle = table.columnHeader('Category').getByRole('separator', { name: 'Resize column Category' })
  const width = async () => Math.round((await table.columnHeader('Category').boundingBox())!.width)
  const before = await width()
  await handle.focus()
  for (let i = 0; i < 4; i++) await app.page.keyboard.press('ArrowRight')
  await expect.poll(width).toBe(before + 64)
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 64))

  await app.restart()
  await expect.poll(width).toBe(before + 64)
})
