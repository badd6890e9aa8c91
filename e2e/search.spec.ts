import { expect, test } from './fixtures'
import { names, projects, rankedIds, sandbox, searchResults } from './dataset'
import { escapeRegExp, ProjectsPage } from './pages/projects-page'
import { Shell } from './pages/shell'

// Queries chosen from the data, with the answers the spec expects computed from it too.
// `broad`: a word of the Sandbox's tags that finds several projects (a screenful at most).
const broad = (() => {
  const words = [...new Set(sandbox.flatMap((p) => p.tags).flatMap((tag) => tag.toLowerCase().split(/[^\p{L}\p{N}]+/u)))]
    .filter((word) => word.length >= 4).sort()
  const candidates = words
    .map((query) => ({ query, found: searchResults(sandbox, query) }))
    .filter((c) => c.found.length >= 2 && c.found.length <= 12)
    .sort((a, b) => b.found.length - a.found.length || a.query.localeCompare(b.query))
  if (!candidates[0]) throw new Error('no tag word in resources/dataset.json finds 2–12 Sandbox projects')
  return candidates[0]
})()
// `narrow`: that word plus one project's name, which leaves fewer projects.
const narrow = (() => {
  for (const project of broad.found) {
    const query = `${broad.query} ${project.name.toLowerCase()}`
    const found = searchResults(sandbox, query)
    if (found.length < broad.found.length) return { query, found, project }
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

test('a project\'s exact name ranks it first, by relevance, until the user sorts by a column', async ({ app }) => {
  const table = new ProjectsPage(app)
  // A name that is also a word in other projects' texts, so there is something to rank.
  const named = sandbox.find((p) => rankedIds(sandbox, p.name).length >= 3 && rankedIds(sandbox, p.name)[0] === p.id) ?? narrow.project
  await table.search(named.name)
  await expect.poll(async () => (await table.rowIds())[0]).toBe(named.id)
  const relevance = app.page.getByRole('button', { name: 'Relevance' })
  await expect(relevance).toHaveAttribute('aria-pressed', 'true')

  // While ranked, no column header claims the order; a click on one hands it back to the column.
  expect(await table.sortState('Name')).toBe('none')
  await table.sortBy('Name')
  await expect(relevance).toHaveAttribute('aria-pressed', 'false')
  expect(await table.sortState('Name')).not.toBe('none')

  await table.clearSearch('escape')
  await expect(relevance).toBeHidden()
})

test('the search finds word forms, typos and the other keyboard layout, and marks what it matched', async ({ app }) => {
  const table = new ProjectsPage(app)
  const target = broad.found[0]
  const word = broad.query
  // The same keys typed on the Russian layout.
  const latin = "qwertyuiop[]asdfghjkl;'zxcvbnm,."
  const cyrillic = 'йцукенгшщзхъфывапролджэячсмитьбю'
  const slipped = [...word].map((ch) => cyrillic[latin.indexOf(ch)] ?? ch).join('')
  await table.search(slipped)
  await expect.poll(() => table.rowNames()).toContain(target.name)
  await expect(table.table.locator('mark').first()).toBeVisible()
  // One letter dropped from a word of five letters or more still finds it.
  if (word.length >= 6) {
    await table.search(word.slice(0, 2) + word.slice(3) + ' ')
    await expect.poll(() => table.rowNames()).toContain(target.name)
  }
})

test('"/" opens the command palette from any view: the table, a project, a view or an action, from the keyboard', async ({ app }) => {
  const shell = new Shell(app)
  const table = new ProjectsPage(app)
  await shell.go('Settings')
  await app.page.keyboard.press('/')
  await expect(shell.paletteInput).toBeFocused()
  await app.page.keyboard.type(narrow.project.name)
  // The best match comes first: Enter opens the project.
  const first = shell.palette.getByRole('option').first()
  await expect(first).toHaveAttribute('aria-selected', 'true')
  // The project itself, not "Search the table for …" (which names it too, and comes first until
  // the palette has the projects).
  await expect(first).toHaveText(new RegExp(`^${escapeRegExp(narrow.project.name)}`))
  await app.page.keyboard.press('Enter')
  await expect(shell.palette).toBeHidden()
  await expect(app.page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(narrow.project.name)

  // The last choice searches the table.
  await app.page.keyboard.press('Control+k')
  await app.page.keyboard.type(narrow.project.name)
  await app.page.keyboard.press('End')
  await expect(shell.paletteOption(`Search the table for “${narrow.project.name}”`)).toHaveAttribute('aria-selected', 'true')
  await app.page.keyboard.press('Enter')
  await expect(shell.navLink('Projects')).toHaveAttribute('aria-current', 'page')
  await expect(table.searchBox).toHaveValue(narrow.project.name)
  await expect.poll(() => table.rowNames()).toContain(narrow.project.name)

  // Views and actions: go to Notes, then switch the theme.
  await app.page.keyboard.press('Control+k')
  await app.page.keyboard.type('notes')
  await shell.paletteOption('Notes').click()
  await expect(shell.navLink('Notes')).toHaveAttribute('aria-current', 'page')
  const light = await shell.backgroundLuminance()
  await shell.paletteButton.click()
  await app.page.keyboard.type('dark theme')
  await expect(shell.paletteOption('Switch to the dark theme')).toHaveAttribute('aria-selected', 'true')
  await app.page.keyboard.press('Enter')
  await expect.poll(() => shell.backgroundLuminance()).toBeLessThan(light)
})

test('saved views are in the palette too: choosing one opens it', async ({ app }) => {
  const shell = new Shell(app)
  const table = new ProjectsPage(app)
  await table.search(broad.query)
  await table.expectCount(broad.found.length, projects.length)
  await table.saveView('Palette pick')
  await table.search('')
  await shell.go('Compare')

  await app.page.keyboard.press('/')
  await expect(shell.paletteInput).toBeFocused()
  await app.page.keyboard.type('palette pick')
  const option = shell.paletteOption('Palette pick')
  await expect(option).toHaveAttribute('aria-selected', 'true')
  await app.page.keyboard.press('Enter')
  await expect(shell.savedView('Palette pick')).toHaveAttribute('aria-current', 'true')
  await expect(table.searchBox).toHaveValue(broad.query)
  await table.expectCount(broad.found.length, projects.length)
})
