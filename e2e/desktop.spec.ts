import { expect, test } from './fixtures'
import { byName } from './dataset'
import { DesktopShell } from './pages/desktop'
import { ProjectDetailPage } from './pages/project-detail-page'
import { SettingsPage } from './pages/settings-page'
import { Shell } from './pages/shell'
import { e2eTarget } from './target'

// The desktop shell around the page: deep links, window memory, the menu and PDFs. These need the
// Electron app (see README, "e2e targets"); on the web target they are skipped.
test.skip(e2eTarget() !== 'electron', 'desktop journeys: they need the Electron binary')

test('a sandscape:// link opens its view: at start, while running, and a bad one is refused', async ({ app }) => {
  const desktop = new DesktopShell(app)
  const [headlamp, kcl, kepler] = ['Headlamp', 'KCL', 'Kepler'].map(byName)

  await desktop.launchWithLink(`sandscape://project/${headlamp.id}`)
  await new ProjectDetailPage(app).expectProject('Headlamp')

  await desktop.openLink(`sandscape://compare?ids=${kcl.id},${kepler.id}`)
  const grid = app.page.getByRole('table', { name: 'Projects side by side' })
  await expect(grid.getByRole('columnheader', { name: /KCL/ })).toBeVisible()
  await expect(grid.getByRole('columnheader', { name: /Kepler/ })).toBeVisible()

  await desktop.openLink('sandscape://projects?maturity=sandbox')
  await expect(app.page.getByRole('table', { name: 'CNCF projects' })).toBeVisible()

  await desktop.openLink('sandscape://project/../../etc/passwd')
  await expect(desktop.refusal).toBeVisible()
  await expect(app.page.getByRole('table', { name: 'CNCF projects' })).toBeVisible()
})

test('the window comes back as large, where and on the view it was left', async ({ app }) => {
  const desktop = new DesktopShell(app)
  await desktop.setBounds({ x: 40, y: 30, width: 1100, height: 720 })
  await new Shell(app).go('Settings')

  await app.restart()
  await expect(app.page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Settings')
  const bounds = await desktop.bounds()
  expect([bounds.width, bounds.height]).toEqual([1100, 720])
  // A window manager may nudge the position by its decorations; the place is kept within that.
  expect(Math.abs(bounds.x - 40)).toBeLessThanOrEqual(40)
  expect(Math.abs(bounds.y - 30)).toBeLessThanOrEqual(60)
})

test('the menu lists the views in the UI language and goes to them', async ({ app }) => {
  const desktop = new DesktopShell(app)
  await expect.poll(() => desktop.menuLabel('view:settings')).toBe('Settings')
  await desktop.clickMenuItem('view:settings')
  await expect(app.page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Settings')

  await new SettingsPage(app).setLanguage('ru')
  await expect.poll(() => desktop.menuLabel('view:compare')).toBe('Сравнение')
  await expect.poll(() => desktop.menuLabel('print')).toBe('Сохранить в PDF…')
})

test('Compare and a project page print to PDF through the save dialog', async ({ app }) => {
  const desktop = new DesktopShell(app)
  const [headlamp, kcl] = ['Headlamp', 'KCL'].map(byName)
  await app.goto(`#/compare?ids=${headlamp.id},${kcl.id}`)
  await expect(app.page.getByRole('table', { name: 'Projects side by side' })).toBeVisible()
  const compare = await app.captureSave(() => app.page.getByRole('button', { name: 'Print to PDF' }).click())
  expect(compare.content.startsWith('%PDF-')).toBe(true)

  await app.goto(`#/projects/${headlamp.id}`)
  await new ProjectDetailPage(app).expectProject('Headlamp')
  // The menu's Print to PDF (Ctrl/Cmd+P) prints the view on screen.
  const page = await app.captureSave(() => desktop.clickMenuItem('print'))
  expect(page.content.startsWith('%PDF-')).toBe(true)
  await expect(app.page.getByRole('alert').filter({ hasText: 'PDF saved to' })).toBeVisible()
})
