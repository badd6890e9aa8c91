import { expect, test } from './fixtures'
import { names, projects, sandbox, searchResults } from './dataset'
import { ProjectsPage } from './pages/projects-page'
import { Shell } from './pages/shell'

// Queries chosen from the data, with the answers the spec expects computed from it too.
// `broad`: a word of the Sandbox's tags that finds several projects (a screenful at most).
const broad = (() => {
  const words = [...new Set(sandbox.flatMap((p) => p.tags).flatMap((tag) => tag.toLowerCase().split(/[^\p{L}\p{N}]+/u)))]
    .filter((word) => word.length >= 4).sort()
  const candidates = words
    .map((query) => ({ query, found: searchResults(sandbox, query) }))
    .filter((c): c is { query: string; found: typeof sandbox } => c.found !== undefined && c.found.length >= 2 && c.found.length <= 12)
    .sort((a, b) => b.found.length - a.found.length || a.query.localeCompare(b.query))
  if (!candidates[0]) throw new Error('no tag word in resources/dataset.json finds 2–12 Sandbox projects')
  return candidates[0]
})()
// `narrow`: that word plus one project's name, which leaves fewer projects.
const narrow = (() => {
  for (const project of broad.found) {
    const query = `${broad.query} ${project.name.toLowerCase()}`
    const found = searchResults(sandbox, query)
    if (found && found.length < broad.found.length) return { query, found, project }
  }
  throw new Error(`no project found by "${broad.query}" can be singled out by name`)
})()
const nonsense = 'qqzx-no-such-project'

test('typing in the search narrows the rows and the count; Escape and the clear button restore them', async ({ app }) => {
  const table = new ProjectsPage(app)
  await table.expectCount(sandbox.length, projects.length)
  const unfiltered = await table.countText()

  await table.search(broad.query)
  await table.expectCount(broad.found.length, projects.length)
  expect(await table.countText()).not.toBe(unfiltered)
  await expect.poll(async () => (await table.rowNames()).sort()).toEqual(names(broad.found))

  await table.search(narrow.query)
  await table.expectCount(narrow.found.length, projects.length)
  await expect.poll(async () => (await table.rowNames()).sort()).toEqual(names(narrow.found))

  await table.clearSearch('escape')
  await expect(table.count).toHaveText(unfiltered)

  await table.search(nonsense)
  await table.expectCount(0, projects.length)
  await expect(table.emptyState).toContainText('No projects match')
  await expect(table.rows).toHaveCount(0)

  await table.clearSearch('button')
  await expect(table.count).toHaveText(unfiltered)
  await expect(table.rows.first()).toBeVisible()
})

test('"/" focuses the search from any view, and typing brings up the table', async ({ app }) => {
  const shell = new Shell(app)
  const table = new ProjectsPage(app)
  await shell.go('Settings')
  await app.page.keyboard.press('/')
  await expect(table.searchBox).toBeFocused()
  await app.page.keyboard.type(narrow.project.name)

  await expect(shell.navLink('Projects')).toHaveAttribute('aria-current', 'page')
  await expect(table.searchBox).toHaveValue(narrow.project.name)
  const found = searchResults(sandbox, narrow.project.name)
  if (found) await table.expectCount(found.length, projects.length)
  await expect.poll(() => table.rowNames()).toContain(narrow.project.name)
})
