import { expect, test } from './fixtures'
import { byName, projects, sandbox } from './dataset'
import { ProjectsPage } from './pages/projects-page'
import { ProjectPage } from './pages/project-page'

const inCategory = (category: string) => (p: (typeof projects)[number]) => p.category === category || p.extraPlacements.some((x) => x.category === category)

test('the table opens on the Sandbox and search narrows it', async ({ app }) => {
  const table = new ProjectsPage(app)
  await table.expectShown(sandbox.length, projects.length)

  const headlamp = byName('Headlamp')
  await table.searchFor('headlamp')
  await table.expectShown(1, projects.length)
  expect(await table.rowIds()).toEqual([headlamp.id])

  // Russian summaries are searched too, whatever the UI language.
  const word = headlamp.summary!.ru.split(/\s+/).find((w) => w.length > 8)!.replace(/[^\p{L}-]/gu, '')
  await table.searchFor(word)
  expect(await table.rowIds()).toContain(headlamp.id)

  await table.searchFor('no-project-is-called-this')
  await expect(app.page.getByTestId('empty-state')).toBeVisible()
  await table.search.press('Escape')
  await table.expectShown(sandbox.length, projects.length)
})

test('facets combine, show counts, and clear', async ({ app }) => {
  const table = new ProjectsPage(app)
  const category = 'Provisioning'
  const year = '2023'
  await table.filter('Category', category)
  const sandboxInCategory = sandbox.filter(inCategory(category))
  await table.expectShown(sandboxInCategory.length, projects.length)

  await table.filter('Year accepted', year)
  const expected = sandboxInCategory.filter((p) => p.dates.accepted?.startsWith(year))
  await table.expectShown(expected.length, projects.length)
  expect(new Set(await table.rowIds())).toEqual(new Set(expected.map((p) => p.id)))

  await table.filter('Maturity', 'Incubating')
  const withIncubating = projects.filter((p) => ['sandbox', 'incubating'].includes(p.maturity)).filter(inCategory(category)).filter((p) => p.dates.accepted?.startsWith(year))
  await table.expectShown(withIncubating.length, projects.length)

  await table.clearFilters()
  await table.expectShown(projects.length, projects.length)
})

test('every column sorts, with aria-sort on the header', async ({ app }) => {
  const table = new ProjectsPage(app)
  await table.sortBy('Accepted')
  expect(await table.sortState('Accepted')).toBe('ascending')
  const oldest = [...sandbox].sort((a, b) => (a.dates.accepted ?? '9').localeCompare(b.dates.accepted ?? '9'))[0]
  expect((await table.rowIds())[0]).toBe(oldest.id)

  await table.sortBy('Accepted')
  expect(await table.sortState('Accepted')).toBe('descending')
  const newest = [...sandbox].sort((a, b) => (b.dates.accepted ?? '').localeCompare(a.dates.accepted ?? ''))[0]
  expect((await table.rowIds())[0]).toBe(newest.id)

  await table.sortBy('Name')
  const names = sandbox.map((p) => p.name).sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
  const firstId = (await table.rowIds())[0]
  expect(byName(names[0]).id).toBe(firstId)
})

test('a detail page shows every fact and Back returns to the table as it was', async ({ app }) => {
  const table = new ProjectsPage(app)
  const detail = new ProjectPage(app)
  const project = byName('Microcks')
  await table.filter('Maturity', 'Incubating')
  await table.searchFor('microcks')
  await table.openProject(project.id)

  await detail.expectProject('Microcks')
  await expect(detail.section('Maturity timeline')).toContainText('Incubating')
  await expect(detail.section('Maturity timeline')).toContainText('Accepted into CNCF')
  await expect(app.page.getByText(project.summary!.en)).toBeVisible()
  await expect(app.page.getByTestId('attribution').first()).toContainText('CNCF Landscape, CC BY 4.0')
  await expect(detail.section('Highlights').getByRole('listitem')).toHaveCount(project.highlights.length)
  await expect(detail.section('Links').getByRole('link', { name: /Homepage/ })).toBeVisible()

  await detail.back()
  await expect(table.search).toHaveValue('microcks')
  expect(await table.rowIds()).toEqual([project.id])
  await expect(app.page.getByRole('button', { name: /^Maturity · 2/ })).toBeVisible()
})

test('rows are reachable and openable from the keyboard', async ({ app }) => {
  const table = new ProjectsPage(app)
  const first = (await table.rowIds())[0]
  const second = (await table.rowIds())[1]
  await table.row(first).focus()
  await app.page.keyboard.press('ArrowDown')
  await expect(table.row(second)).toBeFocused()
  await app.page.keyboard.press('Enter')
  await new ProjectPage(app).expectProject(projects.find((p) => p.id === second)!.name)
  await app.page.getByRole('button', { name: 'Back to projects' }).press('Enter')
  await expect(table.row(second)).toBeFocused()
})

test('filters, sort and columns survive a restart', async ({ app }) => {
  let table = new ProjectsPage(app)
  await table.filter('Category', 'Runtime')
  await table.searchFor('container')
  await table.sortBy('Accepted')
  await table.hideColumn('Summary')
  const before = await table.counts()
  const rows = await table.rowIds()

  await app.restart()
  table = new ProjectsPage(app)
  await expect(table.search).toHaveValue('container')
  await table.expectShown(...before)
  expect(await table.rowIds()).toEqual(rows)
  expect(await table.sortState('Accepted')).toBe('ascending')
  await expect(table.table.getByRole('columnheader', { name: 'Summary' })).toHaveCount(0)
})
