import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from './fixtures'
import { byName } from './dataset'
import { BoardPage } from './pages/board-page'
import { ProjectEvaluation } from './pages/evaluation'
import { ProjectDetailPage } from './pages/project-detail-page'
import { RadarPage } from './pages/radar-page'
import { EvaluationSettings } from './pages/settings-page'
import { ProjectsPage } from './pages/projects-page'
import { Shell } from './pages/shell'

const [headlamp, kepler, kuadrant, copa] = ['Headlamp', 'Kepler', 'Kuadrant', 'Copa'].map(byName)
const LIST = 'Platform 2027'

/** A backup's user data and settings, without the moment it was made. */
const backupBody = (text: string) => {
  const { exportedAt: _at, ...rest } = JSON.parse(text)
  return rest
}

test.describe.configure({ timeout: 180_000 })

test('decide, board, radar, Backstage export, dossier, restart and backup: everything kept', async ({ app }) => {
  const shell = new Shell(app)
  const detail = new ProjectDetailPage(app)
  const evaluation = new ProjectEvaluation(app)

  // Assess on three projects and Adopt on one, each with a reason; all four go into one list.
  const decisions = [
    [kepler, 'Assess', 'Energy figures for the *FinOps* review'],
    [kuadrant, 'Assess', 'Gateway API policies, worth a pilot'],
    [copa, 'Assess', 'Patch images without rebuilding them'],
    [headlamp, 'Adopt', 'Replaces Lens for the **platform team**'],
  ] as const
  for (const [project, status, reason] of decisions) {
    await app.goto(`#/projects/${project.id}`)
    await detail.expectProject(project.name)
    await evaluation.setStatus(status, reason)
    await detail.addToLists(LIST)
  }
  expect(await evaluation.history()).toEqual([expect.stringMatching(/Adopt Replaces Lens for the platform team$/)])

  // A Criticality field, filled on Headlamp.
  await shell.go('Settings')
  await new EvaluationSettings(app).addSuggestedField('Criticality')
  await app.goto(`#/projects/${headlamp.id}`)
  await evaluation.choose('Criticality', 'high')

  // The Board: Copa dragged to Trial with the mouse; Kuadrant moved up within Assess from the keyboard.
  const board = new BoardPage(app)
  await board.open()
  await board.expectNames('Assess', ['Copa', 'Kepler', 'Kuadrant'])
  await board.drag('Assess', 'Copa', 'Trial')
  await board.expectNames('Trial', ['Copa'])
  await board.expectNames('Assess', ['Kepler', 'Kuadrant'])
  await board.press('Assess', 'Kuadrant', 'Alt+ArrowUp')
  await board.expectNames('Assess', ['Kuadrant', 'Kepler'])
  await expect(board.announcer).toHaveText('Kuadrant moved to Assess, position 1 of 2.')
  await expect(board.card('Assess', 'Kuadrant')).toBeFocused()

  // The Radar: four blips in the right rings.
  const radar = new RadarPage(app)
  await radar.open()
  const blips = await radar.blips()
  expect(Object.fromEntries(blips.map((b) => [b.projectId, b.ring]))).toEqual({ [headlamp.id]: 'adopt', [copa.id]: 'trial', [kuadrant.id]: 'assess', [kepler.id]: 'assess' })
  await radar.blip(headlamp.id).focus()
  await expect(radar.tooltip).toContainText('Headlamp')
  await expect(radar.tooltip).toContainText('Replaces Lens for the platform team')
  for (const project of [headlamp, kepler, kuadrant, copa]) await expect(radar.legend.getByRole('link', { name: project.name, exact: true })).toBeVisible()

  // Backstage Tech Radar JSON: the same four, the status history as each timeline, newest first.
  const backstage = JSON.parse((await radar.export('Backstage Tech Radar')).content)
  expect(backstage.rings.map((r: { id: string }) => r.id)).toEqual(['adopt', 'trial', 'assess', 'hold'])
  expect(backstage.quadrants).toHaveLength(4)
  const entry = (id: string) => backstage.entries.find((e: { id: string }) => e.id === id)
  expect(backstage.entries).toHaveLength(4)
  expect(entry(copa.id).timeline.map((s: { ringId: string; moved: number; description?: string }) => [s.ringId, s.moved, s.description])).toEqual([
    ['trial', 1, undefined], ['assess', 0, 'Patch images without rebuilding them'],
  ])
  expect(entry(headlamp.id)).toMatchObject({ title: 'Headlamp', timeline: [{ ringId: 'adopt', description: 'Replaces Lens for the **platform team**' }] })

  // A dossier of the list, as Markdown.
  await shell.go('Bookmarks')
  const dossier = await app.captureSave(async () => {
    await app.page.getByRole('button', { name: `Dossier of ${LIST}` }).click()
    await app.page.getByRole('menuitem', { name: /^Markdown file/ }).click()
  })
  expect(dossier.content).toMatch(new RegExp(`^# Dossier: ${LIST}\\n\\n4 projects in the list ${LIST}\\.`))
  for (const project of [headlamp, kepler, kuadrant, copa]) expect(dossier.content).toContain(`## ${project.name}\n`)
  expect(dossier.content).toContain('### Status: Trial\n')
  expect(dossier.content).toMatch(/· \*\*Assess\*\* — Patch images without rebuilding them/)
  expect(dossier.content).toContain('- **Criticality:** high')

  // Restart: all still there.
  await app.restart()
  await board.open()
  await board.expectNames('Adopt', ['Headlamp'])
  await board.expectNames('Trial', ['Copa'])
  await board.expectNames('Assess', ['Kuadrant', 'Kepler'])
  await radar.open()
  expect(await radar.blips()).toHaveLength(4)
  await app.goto(`#/projects/${copa.id}`)
  expect(await evaluation.history()).toEqual([expect.stringMatching(/Trial$/), expect.stringMatching(/Assess Patch images without rebuilding them$/)])
  await app.goto(`#/projects/${headlamp.id}`)
  await expect(evaluation.fields.getByRole('combobox', { name: /^Criticality/ })).toContainText('high')

  // Backup round trip: export, delete everything, import, export again: the same file.
  await shell.go('Settings')
  const first = await app.captureSave(() => app.page.getByRole('button', { name: 'Export backup' }).click())
  expect(JSON.parse(first.content).data.statusChanges).toHaveLength(5)
  await app.page.getByRole('button', { name: 'Delete all my data…' }).click()
  await app.page.getByRole('button', { name: 'Delete everything' }).click()
  await expect(app.page.getByText('All your data was deleted')).toBeVisible()
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sandscape-backup-')), 'backup.json')
  writeFileSync(file, first.content)
  await app.provideFile(file, () => app.page.getByRole('button', { name: 'Import backup…' }).click())
  const dialog = app.page.getByRole('dialog')
  await expect(dialog.getByRole('table', { name: 'What the import will do' })).toContainText('Status changes')
  await dialog.getByRole('button', { name: 'Merge' }).last().click()
  await expect(app.page.getByText('Backup imported')).toBeVisible()
  const second = await app.captureSave(() => app.page.getByRole('button', { name: 'Export backup' }).click())
  expect(backupBody(second.content)).toEqual(backupBody(first.content))
  await board.open()
  await board.expectNames('Assess', ['Kuadrant', 'Kepler'])
})

test('a reason is edited later; removing a status moves its projects and keeps the history with its name', async ({ app }) => {
  const evaluation = new ProjectEvaluation(app)
  await app.goto(`#/projects/${kepler.id}`)
  await evaluation.setStatus('Trial', 'Pilot on one cluster')
  await evaluation.setStatus('Hold', 'Waiting for *cgroup v2* support')
  await evaluation.editReason(0, 'Waiting for cgroup v2 support on our nodes')

  await new Shell(app).go('Settings')
  await new EvaluationSettings(app).removeStatus('Hold', 'Assess')
  await expect(app.page.getByText('Hold removed; 1 project moved.')).toBeVisible()

  await app.goto(`#/projects/${kepler.id}`)
  await expect(evaluation.current).toContainText('Assess')
  expect(await evaluation.history()).toEqual([
    expect.stringMatching(/Assess \(moved when a status was removed\)$/),
    expect.stringMatching(/Hold \(status removed\) Waiting for cgroup v2 support on our nodes Reason edited/),
    expect.stringMatching(/Trial Pilot on one cluster$/),
  ])
})

test('the table sorts by status order, counts statuses, filters by recent changes and by a field', async ({ app }) => {
  const evaluation = new ProjectEvaluation(app)
  await new Shell(app).go('Settings')
  await new EvaluationSettings(app).addSuggestedField('Criticality')
  await app.goto(`#/projects/${headlamp.id}`)
  await evaluation.setStatus('Adopt')
  await evaluation.choose('Criticality', 'high')
  await app.goto(`#/projects/${kepler.id}`)
  await evaluation.setStatus('Assess')
  await evaluation.choose('Criticality', 'low')

  const table = new ProjectsPage(app)
  await table.open()
  const status = await table.openFacet('Status')
  await expect(status.locator('label')).toHaveText(['Assess1', 'Adopt1'])
  await table.closeFacet('Status')

  await table.sortBy('Status')
  expect((await table.rowNames()).slice(0, 2)).toEqual(['Kepler', 'Headlamp'])
  expect((await table.columnTexts('Status')).slice(0, 3)).toEqual(['Assess', 'Adopt', ''])

  await app.page.getByRole('button', { name: 'Status changed' }).click()
  await app.page.getByRole('menuitem', { name: 'In the last 7 days' }).click()
  await table.expectShown(2, 255)

  await table.setColumnVisible('Criticality', true)
  expect((await table.columnTexts('Criticality'))).toEqual(['low', 'high'])
  await app.page.getByRole('button', { name: 'Your fields', exact: true }).click()
  await app.page.getByRole('dialog', { name: 'Your fields' }).getByRole('checkbox', { name: 'high' }).check()
  await app.page.keyboard.press('Escape')
  expect(await table.rowNames()).toEqual(['Headlamp'])
})
