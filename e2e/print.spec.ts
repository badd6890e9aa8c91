import { expect, test } from './fixtures'
import { byName } from './dataset'
import { SettingsPage } from './pages/settings-page'
import { Shell } from './pages/shell'
import { e2eTarget } from './target'

test('Compare and project pages print as the page alone, in the light theme', async ({ app }) => {
  const shell = new Shell(app)
  await new SettingsPage(app).open()
  await new SettingsPage(app).setTheme('dark')
  const [headlamp, kcl] = ['Headlamp', 'KCL'].map(byName)
  await app.goto(`#/compare?ids=${headlamp.id},${kcl.id}`)
  const grid = app.page.getByRole('table', { name: 'Projects side by side' })
  await expect(grid).toBeVisible()
  await expect(app.page.getByRole('button', { name: /^Print( to PDF)?$/ })).toBeEnabled()

  await app.page.emulateMedia({ media: 'print' })
  await expect(shell.sidebar).toBeHidden()
  await expect(app.page.getByRole('banner')).toBeHidden()
  await expect(app.page.getByRole('button', { name: 'Export' })).toBeHidden()
  await expect(grid.getByRole('columnheader', { name: /KCL/ })).toBeVisible()
  await app.page.emulateMedia({ media: 'screen' })
  await expect(shell.sidebar).toBeVisible()

  // While the browser prints (or main makes the PDF), the page is light: paper is white.
  await app.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  await expect.poll(() => shell.backgroundLuminance()).toBeGreaterThan(0.8)
  await app.page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
  await expect.poll(() => shell.backgroundLuminance()).toBeLessThan(0.1)

  await app.goto(`#/projects/${headlamp.id}`)
  await app.page.emulateMedia({ media: 'print' })
  await expect(app.page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Headlamp')
  await expect(app.page.getByRole('button', { name: 'Back to projects' })).toBeHidden()
  await app.page.emulateMedia({ media: 'screen' })
})

test('the web build prints through the browser\'s own dialog', async ({ app }) => {
  test.skip(e2eTarget() !== 'web', 'the desktop app saves a PDF instead (desktop.spec.ts)')
  await app.goto(`#/projects/${byName('Headlamp').id}`)
  // The browser's dialog cannot be clicked in a test: window.print is stood in for.
  await app.page.evaluate(() => { window.print = () => { document.documentElement.dataset.printed = 'yes' } })
  await app.page.getByRole('button', { name: 'Print', exact: true }).click()
  await expect(app.page.locator('html')).toHaveAttribute('data-printed', 'yes')
  await expect(app.page.locator('html')).toHaveAttribute('data-paper', 'letter')
})
