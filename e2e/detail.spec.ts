import { expect, test } from './fixtures'
import { inCategory, projects, sandbox, searchResults } from './dataset'
import { ProjectDetailPage } from './pages/project-detail-page'
import { ProjectsPage } from './pages/projects-page'

// A Sandbox project with the facts the page shows (summary, acceptance date, homepage), in a
// category with other Sandbox projects, whose name the search finds unambiguously enough.
const project = (() => {
  const found = sandbox
    .filter((p) => p.summary?.en && p.dates.accepted && p.links.homepage)
    .filter((p) => sandbox.filter(inCategory(p.category)).length >= 3)
    .find((p) => searchResults(sandbox.filter(inCategory(p.category)), p.name)?.length === 1)
  if (!found) throw new Error('resources/dataset.json has no Sandbox project with a summary, acceptance date and homepage')
  return found
})()
const linkTargets = (p: typeof project) => [...Object.values(p.links), ...p.otherLinks.map((l) => l.url)].filter((u): u is string => Boolean(u)).sort()

test('open a project from the table: its facts, timeline and links; Back keeps search and filters', async ({ app }) => {
  const table = new ProjectsPage(app)
  const detail = new ProjectDetailPage(app)
  await table.filter('Category', project.category)
  await table.search(project.name)
  await table.expectCount(1, projects.length)
  const count = await table.countText()

  await table.openProject(project.name)

  await test.step('the page shows the project', async () => {
    await detail.expectProject(project.name)
    await expect(detail.timeline.getByRole('listitem').first()).toContainText('Accepted into CNCF')
    for (const date of Object.values(project.dates)) await expect(detail.timeline.locator(`time[datetime="${date}"]`)).toBeVisible()
    await expect(app.page.getByRole('main').getByText(project.summary!.en, { exact: true })).toBeVisible()
    await expect(detail.attribution).toContainText('CNCF Landscape, CC BY 4.0')
    await expect(detail.link(/^Homepage/)).toHaveAttribute('href', project.links.homepage!)
    expect((await detail.links()).map((l) => l.href).sort()).toEqual(linkTargets(project))
  })

  await test.step('Back returns to the table as it was', async () => {
    await detail.back()
    await expect(table.searchBox).toHaveValue(project.name)
    await expect(table.facetButton('Category')).toHaveText('Category · 1')
    await expect(table.facetButton('Maturity')).toHaveText('Maturity · 1')
    await expect(table.count).toHaveText(count)
    expect(await table.rowNames()).toEqual([project.name])
  })
})

test('open a project from the keyboard: focus a row, ArrowDown, Enter; Back puts focus on that row again', async ({ app }) => {
  const table = new ProjectsPage(app)
  const detail = new ProjectDetailPage(app)
  await table.expectCount(sandbox.length, projects.length)
  const [first, second] = await table.rowNames()

  await (await table.rowByName(first)).focus()
  await app.page.keyboard.press('ArrowDown')
  const secondRow = await table.rowByName(second)
  await expect(secondRow).toBeFocused()
  await app.page.keyboard.press('Enter')

  await detail.expectProject(second)
  await detail.backButton.focus()
  await app.page.keyboard.press('Enter')
  await expect(await table.rowByName(second)).toBeFocused()
})
