import { expect, test } from './fixtures'
import { Shell } from './pages/shell'

test('language and theme switch in Settings and stay switched', async ({ app }) => {
  const shell = new Shell(app)
  expect(await shell.backgroundLuminance()).toBeGreaterThan(0.8)
  await shell.go('Settings')
  await shell.setLanguage('Русский')
  await expect(app.page.getByRole('navigation').getByRole('link', { name: 'Проекты' })).toBeVisible()
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'ru')

  await shell.setTheme('Тёмная')
  await expect.poll(() => shell.backgroundLuminance()).toBeLessThan(0.2)

  await app.restart()
  await expect(app.page.getByRole('navigation').getByRole('link', { name: 'Проекты' })).toBeVisible()
  expect(await shell.backgroundLuminance()).toBeLessThan(0.2)
  await expect(app.page.getByTestId('project-count')).toContainText('Проектов')

  await new Shell(app).go('Настройки')
  await shell.setLanguage('English')
  await shell.setTheme('Light')
  await expect(app.page.getByRole('navigation').getByRole('link', { name: 'Projects' })).toBeVisible()
  await expect.poll(() => shell.backgroundLuminance()).toBeGreaterThan(0.8)
})
