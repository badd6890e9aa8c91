import { expect, test } from './fixtures'
import { byName } from './dataset'
import { ProjectsPage } from './pages/projects-page'
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

  const saved = await app.captureSave(async () => {
    await app.page.getByRole('button', { name: 'Export' }).click()
    await app.page.getByRole('menuitem', { name: 'Markdown (.md)' }).click()
  })
  expect(saved.content).toMatch(/^# Sandscape comparison\n\n\| Attribute \| Kepler \| Headlamp \| KCL \|\n\| --- \|/)
  expect(saved.content).toContain('| Accepted |')
  // Highlights travel with their sources.
  expect(saved.content).toContain('(source: The 2023 review article, section “Kepler”)')

  const csv = await app.captureSave(async () => {
    await app.page.getByRole('button', { name: 'Export' }).click()
    await app.page.getByRole('menuitem', { name: 'CSV (.csv)' }).click()
  })
  expect(csv.content.split('\r\n')[0]).toBe('Attribute,Kepler,Headlamp,KCL')

  await app.page.getByRole('button', { name: 'Copy as Markdown' }).click()
  await expect(app.page.getByText('Copied the comparison as a Markdown table')).toBeVisible()
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
