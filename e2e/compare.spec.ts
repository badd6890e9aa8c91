import { expect, test } from './fixtures'
import packageJson from '../package.json' with { type: 'json' }
import { readCsvExport, readMarkdownExport } from '../src/shared/testing/export'
import { byName, dataset } from './dataset'
import { ExportMenu } from './pages/export-menu'
import { escapeRegExp, ProjectsPage } from './pages/projects-page'
import { Shell } from './pages/shell'


test('compare three projects, show only differences, export and copy', async ({ app }) => {
  const table = new ProjectsPage(app)
  const picks = ['Headlamp', 'KCL', 'Kepler'].map(byName)
  for (const p of picks) {
    await table.search(p.name)
    await table.pickForCompare(p.name)
  }
  const tray = app.page.getByRole('region', { name: 'Projects picked for comparison' })
  await expect(tray).toContainText('Compare 3 of 6')
  await tray.getByRole('button', { name: 'Compare 3' }).click()

  const grid = app.page.getByRole('table', { name: 'Projects side by side' })
  for (const p of picks) await expect(grid.getByRole('columnheader', { name: new RegExp(p.name) })).toBeVisible()
  await expect(grid.getByRole('rowheader', { name: /^Maturity/ })).toBeVisible()

  await app.page.getByLabel('Only differences').check()
  const rows = await grid.locator('tbody tr').count()
  await expect(grid.locator('tbody tr:not([data-differs])')).toHaveCount(0)
  expect(rows).toBeGreaterThan(0)

  // Reorder: Kepler to the front.
  await grid.getByRole('button', { name: 'Move Kepler left' }).click()
  await grid.getByRole('button', { name: 'Move Kepler left' }).click()
  await expect(grid.getByRole('columnheader').nth(1)).toContainText('Kepler')

  const exportMenu = new ExportMenu(app)
  const [kepler, headlamp, kcl] = ['Kepler', 'Headlamp', 'KCL'].map(byName)
  const footer = [
    { text: dataset.source.license.attribution, url: dataset.source.license.url },
    { text: expect.stringMatching(new RegExp(`^Source: CNCF Landscape, revision ${dataset.source.revision}, `)), url: dataset.source.url },
    expect.stringMatching(new RegExp(`^Exported .+ with Sandscape ${packageJson.version.replace(/\./g, '\\.')}$`)),
  ]

  await test.step('Markdown: each highlight on its own line, links as [label](url), then the footer', async () => {
    const saved = await exportMenu.save('Markdown (.md)')
    expect(saved.name).toBe('Sandscape-comparison.md')
    const markdown = readMarkdownExport(saved.content)
    expect(markdown.headings).toEqual(['Sandscape comparison'])
    expect(markdown.header).toEqual([['Attribute'], ['Kepler'], ['Headlamp'], ['KCL']])
    const highlights = markdown.rows.find((row) => row[0][0] === 'Highlights')
    // One highlight per line, each with its sources.
    expect(highlights?.slice(1)).toEqual([kepler, headlamp, kcl].map((p) => p.highlights.map((h) => expect.stringMatching(new RegExp(`^${escapeRegExp(h.en)} \\(source: `)))))
    expect(highlights?.[1]).toContainEqual(expect.stringContaining('(source: The 2023 review article, section “Kepler”)'))
    const links = markdown.rows.find((row) => row[0][0] === 'Links')
    expect(links?.[2]).toContainEqual({ text: 'Homepage', url: headlamp.links.homepage })
    expect(markdown.footer).toEqual(footer)
  })

  await test.step('CSV: the table, one blank line, the same footer; "data only" leaves the table alone and is remembered', async () => {
    const csv = readCsvExport((await exportMenu.save('CSV (.csv)')).content)
    expect(csv.table[0]).toEqual(['Attribute', 'Kepler', 'Headlamp', 'KCL'])
    const highlights = csv.table.find((row) => row[0] === 'Highlights')
    expect(highlights?.slice(1).map((cell) => cell.split('\n'))).toEqual([kepler, headlamp, kcl].map((p) => p.highlights.map((h) => expect.stringMatching(new RegExp(`^${escapeRegExp(h.en)} \\(source: `)))))
    expect(csv.footer.map((line) => line[0])).toEqual([footer[0].text, footer[1].text, footer[2]])

    await exportMenu.setDataOnly(true)
    const dataOnly = readCsvExport((await exportMenu.save('CSV (.csv)')).content)
    expect(dataOnly).toEqual({ table: csv.table, footer: [] })
    await app.restart()
    await app.goto('#/compare')
    await exportMenu.button.click()
    await expect(exportMenu.dataOnly).toHaveAttribute('aria-checked', 'true')
    await app.page.keyboard.press('Escape')
  })

  await test.step('JSON: the envelope as meta beside the rows', async () => {
    const json = JSON.parse((await exportMenu.save('JSON (.json)')).content)
    expect(json.meta).toMatchObject({ source: { revision: dataset.source.revision, date: dataset.source.date }, app: { version: packageJson.version } })
    expect(json.rows.find((row: Record<string, unknown>) => row.attributeName === 'Highlights').headlamp).toEqual(headlamp.highlights.map((h) => expect.stringMatching(new RegExp(`^${escapeRegExp(h.en)} \\(source: `))))
  })

  await app.page.getByRole('button', { name: 'Copy as Markdown' }).click()
  await expect(app.page.getByText('Copied the comparison as a Markdown table, with its source')).toBeVisible()
})

test('a seventh pick is refused with a message, and a saved comparison reopens', async ({ app }) => {
  await app.goto('#/compare?ids=headlamp,kcl')
  const grid = app.page.getByRole('table', { name: 'Projects side by side' })
  await expect(grid.getByRole('columnheader')).toHaveCount(3)

  await app.page.getByRole('button', { name: 'Save', exact: true }).click()
  await app.page.getByRole('textbox', { name: 'Name' }).fill('UIs and config')
  await app.page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click()
  await expect(app.page.getByText('Saved “UIs and config”')).toBeVisible()

  await grid.getByRole('button', { name: 'Remove KCL from comparison' }).click()
  await expect(grid).toBeHidden()
  await app.page.getByRole('button', { name: 'Saved', exact: true }).click()
  await app.page.getByRole('menuitem', { name: /UIs and config/ }).click()
  await expect(grid.getByRole('columnheader')).toHaveCount(3)

  await new Shell(app).go('Projects')
  const table = new ProjectsPage(app)
  await table.filter('Maturity', 'Graduated')
  const ids = await table.rowIds()
  for (const id of ids.filter((id) => !['headlamp', 'kcl'].includes(id)).slice(0, 4)) {
    await table.row(id).getByRole('checkbox').check()
  }
  const seventh = ids.filter((id) => !['headlamp', 'kcl'].includes(id))[4]
  await table.row(seventh).getByRole('checkbox').click()
  // The alert, not the checkbox's tooltip, which says the same while the pointer rests on it.
  await expect(app.page.getByRole('alert').filter({ hasText: 'Six projects is the most a comparison holds' })).toBeVisible()
  await expect(table.row(seventh).getByRole('checkbox')).not.toBeChecked()
})
