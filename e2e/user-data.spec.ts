import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './fixtures'
import { byName } from './dataset'
import { ProjectDetailPage } from './pages/project-detail-page'
import { Shell } from './pages/shell'

test('bookmark into two lists, write a note, back up, wipe, import: everything back', async ({ app }) => {
  const project = byName('Headlamp')
  const detail = new ProjectDetailPage(app)
  const shell = new Shell(app)
  await app.goto(`#/projects/${project.id}`)
  await detail.expectProject('Headlamp')

  await detail.addToLists('To try', 'Desktop tools')
  await detail.writeNote('# Verdict\n\nTry **Headlamp** now that Lens asks for money; check the plugin API for our CRDs.')

  await app.restart()
  await shell.go('Bookmarks')
  for (const list of ['To try', 'Desktop tools']) {
    await expect(app.page.getByRole('region', { name: list })).toContainText('Headlamp')
  }

  await shell.go('Notes')
  await app.page.getByRole('searchbox', { name: 'Search notes' }).fill('plugin api')
  await expect(app.page.getByTestId('note-snippet')).toHaveCount(1)
  await expect(app.page.getByTestId('note-snippet').locator('mark')).toHaveText(['plugin', 'API'])

  await shell.go('Settings')
  const backup = await app.captureSave(() => app.page.getByRole('button', { name: 'Export backup' }).click())
  const parsed = JSON.parse(backup.content)
  expect(parsed.format).toBe('sandscape-backup')
  expect(parsed.data.notes).toHaveLength(1)
  expect(parsed.data.lists).toHaveLength(2)

  await app.page.getByRole('button', { name: 'Delete all my data…' }).click()
  await app.page.getByRole('button', { name: 'Delete everything' }).click()
  await expect(app.page.getByText('All your data was deleted')).toBeVisible()
  await shell.go('Notes')
  await expect(app.page.getByText('No notes yet')).toBeVisible()

  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sandscape-backup-')), 'backup.json')
  writeFileSync(file, backup.content)
  await shell.go('Settings')
  await app.provideFile(file, () => app.page.getByRole('button', { name: 'Import backup…' }).click())
  const dialog = app.page.getByRole('dialog')
  await expect(dialog.getByRole('table', { name: 'What the import will do' })).toContainText('Notes')
  await dialog.getByRole('button', { name: 'Merge' }).last().click()
  await expect(app.page.getByText('Backup imported')).toBeVisible()

  await shell.go('Notes')
  await expect(app.page.getByTestId('note-snippet')).toContainText('Lens asks for money')
  await shell.go('Bookmarks')
  await expect(app.page.getByRole('region', { name: 'Desktop tools' })).toContainText('Headlamp')
})

test('a file that is not a backup is refused and changes nothing', async ({ app }) => {
  const project = byName('SOPS')
  await app.goto(`#/projects/${project.id}`)
  await new ProjectDetailPage(app).writeNote('Keep this note.')
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sandscape-backup-')), 'other.json')
  writeFileSync(file, JSON.stringify({ bookmarks: ['not ours'] }))
  await new Shell(app).go('Settings')
  await app.provideFile(file, () => app.page.getByRole('button', { name: 'Import backup…' }).click())
  await expect(app.page.getByText('This file is not a Sandscape backup. Nothing was changed.')).toBeVisible()
  await new Shell(app).go('Notes')
  await expect(app.page.getByTestId('note-snippet')).toContainText('Keep this note.')
})
