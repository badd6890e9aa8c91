import { expect, test } from './fixtures'
import { projects, sandbox } from './dataset'
import { ProjectsPage } from './pages/projects-page'
import { SettingsPage } from './pages/settings-page'
import { Shell } from './pages/shell'

test('Settings: Русский and the dark theme apply at once, survive a restart, and switch back', async ({ app }) => {
  const shell = new Shell(app)
  const settings = new SettingsPage(app)
  const heading = () => app.page.getByRole('main').getByRole('heading', { level: 1 })

  await test.step('the app starts in English, light', async () => {
    await expect(shell.navLink('Projects')).toBeVisible()
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'en')
    expect(await shell.backgroundLuminance()).toBeGreaterThan(0.8)
  })

  await test.step('Русский', async () => {
    await settings.open()
    await settings.setLanguage('ru')
    await expect(shell.navLink('Проекты')).toBeVisible()
    await expect(shell.navLink('Projects')).toHaveCount(0)
    await expect(heading()).toHaveText('Настройки')
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'ru')
  })

  await test.step('the dark theme', async () => {
    await settings.setTheme('dark')
    await expect.poll(() => shell.backgroundLuminance()).toBeLessThan(0.1)
  })

  await test.step('both survive a restart', async () => {
    await app.restart()
    await expect(shell.navLink('Проекты')).toBeVisible()
    await expect.poll(() => shell.backgroundLuminance()).toBeLessThan(0.1)
    // The desktop app reopens on the view it was closed on (Settings); the table is a click away.
    await shell.go('Проекты')
    await new ProjectsPage(app).expectShown(sandbox.length, projects.length)
    await expect(app.page.getByTestId('project-count')).toContainText('Проектов')
  })

  await test.step('and back to English, light', async () => {
    await settings.open('Настройки')
    await settings.setLanguage('en')
    await settings.setTheme('light')
    await expect(shell.navLink('Projects')).toBeVisible()
    await expect(heading()).toHaveText('Settings')
    await expect.poll(() => shell.backgroundLuminance()).toBeGreaterThan(0.8)
  })
})
