import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './fixtures'
import { isMaturity, projects } from './dataset'
import { ProjectsPage } from './pages/projects-page'
import { Shell } from './pages/shell'

const NAME = 'New in 2023'
const in2023 = projects.filter(isMaturity('sandbox', 'incubating')).filter((p) => p.dates.accepted?.startsWith('2023'))

test('a saved view is listed under Projects, opens at start, and survives a restart and a backup round trip', async ({ app }) => {
  const table = new ProjectsPage(app)
  const shell = new Shell(app)

  await test.step('save the view: filters, grouping, a column shown', async () => {
    await table.filter('Maturity', 'Incubating')
    await table.quickPick('2023')
    await table.groupBy('Maturity')
    await table.setColumnVisible('Tags', true)
    await table.expectCount(in2023.length, projects.length)
    await table.saveView(NAME, { openAtStart: true })
    await expect(shell.savedView(NAME)).toHaveAttribute('aria-current', 'true')
  })

  await test.step('another view is not the saved one', async () => {
    await table.clearFilters()
    await table.expectCount(projects.length, projects.length)
    await expect(shell.savedView(NAME)).not.toHaveAttribute('aria-current', 'true')
    await table.setColumnVisible('Tags', false)
  })

  await test.step('after a restart, Projects opens on it, columns and all', async () => {
    await app.restart()
    await expect(shell.savedView(NAME)).toHaveAttribute('aria-current', 'true')
    await table.expectCount(in2023.length, projects.length)
    await expect(table.columnHeader('Tags')).toBeVisible()
    await expect(table.groupRows().first()).toBeVisible()
  })

  let backup = ''
  await test.step('the backup carries it; deleting all data removes it', async () => {
    await shell.go('Settings')
    backup = (await app.captureSave(() => app.page.getByRole('button', { name: 'Export backup' }).click())).content
    const parsed = JSON.parse(backup)
    expect(parsed.data.savedViews).toEqual([expect.objectContaining({ name: NAME, isDefault: true, query: expect.stringContaining('accepted=2023') })])
    await app.page.getByRole('button', { name: 'Delete all my data…' }).click()
    await app.page.getByRole('button', { name: 'Delete everything' }).click()
    await expect(app.page.getByText('All your data was deleted')).toBeVisible()
    await expect(shell.savedView(NAME)).toHaveCount(0)
  })

  await test.step('importing the backup brings it back, and it opens as saved', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sandscape-backup-')), 'backup.json')
    writeFileSync(file, backup)
    await app.provideFile(file, () => app.page.getByRole('button', { name: 'Import backup…' }).click())
    const dialog = app.page.getByRole('dialog')
    await expect(dialog.getByRole('table', { name: 'What the import will do' })).toContainText('Saved views')
    await dialog.getByRole('button', { name: 'Merge' }).last().click()
    await expect(app.page.getByText('Backup imported')).toBeVisible()
    await shell.go('Projects')
    await table.clearFilters()
    await table.setColumnVisible('Tags', false)
    await shell.savedView(NAME).click()
    await expect(shell.savedView(NAME)).toHaveAttribute('aria-current', 'true')
    await table.expectCount(in2023.length, projects.length)
    await expect(table.columnHeader('Tags')).toBeVisible()
  })
})

test('a saved view can be updated, renamed, unset as default and deleted', async ({ app }) => {
  const table = new ProjectsPage(app)
  const shell = new Shell(app)
  await table.saveView('Sandbox')
  await expect(await table.viewMenuItem('Update “Sandbox”')).toBeDisabled()
  await app.page.keyboard.press('Escape')

  await table.quickPick('Last 90 days')
  await (await table.viewMenuItem('Update “Sandbox”')).click()
  await expect(shell.savedView('Sandbox')).toHaveAttribute('aria-current', 'true')

  await (await table.viewMenuItem('Rename “Sandbox”…')).click()
  const dialog = app.page.getByRole('dialog', { name: 'Rename view' })
  await dialog.getByLabel('Name').fill('New this quarter')
  await dialog.getByRole('button', { name: 'Rename' }).click()
  await expect(shell.savedView('New this quarter')).toBeVisible()

  await (await table.viewMenuItem('Open “New this quarter” at start')).click()
  await expect(await table.viewMenuItem('Stop opening “New this quarter” at start')).toBeVisible()
  await app.page.keyboard.press('Escape')

  await (await table.viewMenuItem('Delete “New this quarter”')).click()
  await expect(shell.savedView('New this quarter')).toHaveCount(0)
})
