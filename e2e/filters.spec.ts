import { expect, test } from './fixtures'
import { acceptedIn, inCategory, isMaturity, names, projects, sandbox } from './dataset'
import { ProjectsPage } from './pages/projects-page'

// A category and a year that leave a few Sandbox projects (a screenful at most), and more
// once Incubating is ticked too: every step of the journey changes what is shown.
const pick = (() => {
  const categories = [...new Set(projects.flatMap((p) => [p.category, ...p.extraPlacements.map((x) => x.category)]))].sort()
  const years = [...new Set(projects.flatMap((p) => (p.dates.accepted ? [p.dates.accepted.slice(0, 4)] : [])))].sort()
  const options = categories.flatMap((category) => years.map((year) => {
    const inBoth = (p: (typeof projects)[number]) => inCategory(category)(p) && acceptedIn(year)(p)
    return {
      category, year,
      sandboxInCategory: sandbox.filter(inCategory(category)),
      sandboxOnly: sandbox.filter(inBoth),
      withIncubating: projects.filter(isMaturity('sandbox', 'incubating')).filter(inBoth),
    }
  }))
  const good = options
    .filter((o) => o.sandboxOnly.length >= 1 && o.withIncubating.length > o.sandboxOnly.length && o.withIncubating.length <= 12)
    .sort((a, b) => b.sandboxOnly.length - a.sandboxOnly.length || b.withIncubating.length - a.withIncubating.length
      || a.category.localeCompare(b.category) || a.year.localeCompare(b.year))
  if (!good[0]) throw new Error('resources/dataset.json has no category and year with both Sandbox and Incubating projects')
  return good[0]
})()

test('Maturity, Category and Year accepted combine; the count follows the data; Clear shows all', async ({ app }) => {
  const table = new ProjectsPage(app)

  await test.step('the table opens on the Sandbox', async () => {
    await table.expectCount(sandbox.length, projects.length)
    await expect(table.facetButton('Maturity')).toHaveText('Maturity · 1')
    const maturity = await table.openFacet('Maturity')
    await expect(maturity.getByRole('checkbox', { checked: true })).toHaveCount(1)
    expect(await table.facetValueCount('Maturity', 'Sandbox')).toBe(sandbox.length)
    await table.closeFacet('Maturity')
  })

  await test.step(`Category: ${pick.category}`, async () => {
    await table.filter('Category', pick.category)
    await table.expectCount(pick.sandboxInCategory.length, projects.length)
    await expect(table.facetButton('Category')).toHaveText('Category · 1')
  })

  await test.step(`Year accepted: ${pick.year}`, async () => {
    await table.openFacet('Year accepted')
    // Each value's count says what ticking it would show, given the other filters.
    expect(await table.facetValueCount('Year accepted', pick.year)).toBe(pick.sandboxOnly.length)
    await table.toggleFacetValue('Year accepted', pick.year)
    await table.closeFacet('Year accepted')
    await table.expectCount(pick.sandboxOnly.length, projects.length)
    await expect.poll(async () => (await table.rowNames()).sort()).toEqual(names(pick.sandboxOnly))
  })

  await test.step('Maturity: Incubating as well', async () => {
    await table.filter('Maturity', 'Incubating')
    await expect(table.facetButton('Maturity')).toHaveText('Maturity · 2')
    await table.expectCount(pick.withIncubating.length, projects.length)
    await expect.poll(async () => (await table.rowNames()).sort()).toEqual(names(pick.withIncubating))
  })

  await test.step('Clear filters shows every project', async () => {
    await table.clearFilters()
    await table.expectCount(projects.length, projects.length)
    for (const facet of ['Maturity', 'Category', 'Year accepted']) await expect(table.facetButton(facet)).toHaveText(facet)
    await expect(table.page.getByRole('button', { name: 'Clear filters' })).toBeDisabled()
  })

  await test.step('Reset to defaults brings the Sandbox back', async () => {
    await table.resetFilters()
    await table.expectCount(sandbox.length, projects.length)
  })
})

test('Dates: a range between two days, either end open, and the quick picks; each shown as a removable chip', async ({ app }) => {
  const table = new ProjectsPage(app)
  await table.clearFilters()
  const archivedSince = projects.filter((p) => p.dates.archived && p.dates.archived >= '2024-01-01')
  await table.setDateRange('Archived', '2024-01-01', '')
  await table.expectCount(archivedSince.length, projects.length)
  await expect(app.page.getByRole('button', { name: 'Dates · 1' })).toBeVisible()
  expect(await table.address()).toContain('archived=2024-01-01..')

  const incubatedBefore = archivedSince.filter((p) => p.dates.incubating && p.dates.incubating <= '2020-12-31')
  await table.setDateRange('Incubating', '', '2020-12-31')
  await table.expectCount(incubatedBefore.length, projects.length)
  await expect(app.page.getByRole('button', { name: 'Dates · 2' })).toBeVisible()

  // A chip goes with Delete, as MUI's deletable chips do from the keyboard.
  await app.page.getByRole('button', { name: /^Archived: from/ }).focus()
  await app.page.keyboard.press('Delete')
  await table.expectCount(projects.filter((p) => p.dates.incubating && p.dates.incubating <= '2020-12-31').length, projects.length)
  await table.quickPick('2023')
  await table.quickPick('2023')
  await expect(app.page.getByRole('button', { name: 'Dates · 1' })).toBeVisible()
})
