import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { _electron, chromium, test as base, expect, type Browser, type ElectronApplication, type Page } from '@playwright/test'
import { CHROMIUM, e2eTarget, electronBinary, WEB_PORT, type E2ETarget } from './target'

/** The app under test, whichever target runs it; specs never branch on the target. */
export interface SandscapeApp {
  target: E2ETarget
  page: Page
  /** Quit and start again (desktop), or open the app afresh in the same profile (web). */
  restart: () => Promise<void>
  /** Navigates to a hash route such as '#/settings'. */
  goto: (hash: string) => Promise<void>
  /** Runs `action`, which triggers a save (save dialog or download), and returns what was saved. */
  captureSave: (action: () => Promise<void>) => Promise<{ name: string; content: string }>
  /** Runs `action`, which asks for a file (open dialog or file input), and answers with `file`. */
  provideFile: (file: string, action: () => Promise<void>) => Promise<void>
}

async function waitForShell(page: Page): Promise<void> {
  await expect(page.getByRole('navigation')).toBeVisible()
}

async function webApp(page: Page): Promise<SandscapeApp> {
  const app: SandscapeApp = {
    target: 'web',
    page,
    async restart() {
      const next = await app.page.context().newPage()
      await app.page.close()
      app.page = next
      await next.goto('./')
      await waitForShell(next)
    },
    async goto(hash) {
      await app.page.goto(`./${hash}`)
      await waitForShell(app.page)
    },
    async captureSave(action) {
      const [download] = await Promise.all([app.page.waitForEvent('download'), action()])
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sandscape-e2e-')), download.suggestedFilename())
      await download.saveAs(file)
      return { name: download.suggestedFilename(), content: readFileSync(file, 'utf8') }
    },
    async provideFile(file, action) {
      const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), action()])
      await chooser.setFiles(file)
    },
  }
  await page.goto('./')
  await waitForShell(page)
  return app
}

async function desktopApp(): Promise<{ app: SandscapeApp; close: () => Promise<void> }> {
  const userData = mkdtempSync(path.join(os.tmpdir(), 'sandscape-profile-'))
  const launch = () => _electron.launch({
    executablePath: electronBinary(),
    args: ['.', '--lang=en-US'],
    env: { ...process.env, SANDSCAPE_USER_DATA_DIR: userData, LANG: 'en_US.UTF-8' },
  })
  let electron: ElectronApplication = await launch()
  const firstWindow = async () => {
    const page = await electron.firstWindow()
    await waitForShell(page)
    return page
  }
  const app: SandscapeApp = {
    target: 'electron',
    page: await firstWindow(),
    async restart() {
      await electron.close()
      electron = await launch()
      app.page = await firstWindow()
    },
    async goto(hash) {
      await app.page.evaluate((h) => { window.location.hash = h }, hash)
      await waitForShell(app.page)
    },
    async captureSave(action) {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sandscape-e2e-')), 'saved')
      // Native dialogs cannot be clicked: answer the next one from inside the main process.
      await electron.evaluate(({ dialog }, target) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog
      }, file)
      await action()
      await expect.poll(() => { try { return readFileSync(file, 'utf8').length } catch { return 0 } }).toBeGreaterThan(0)
      return { name: path.basename(file), content: readFileSync(file, 'utf8') }
    },
    async provideFile(file, action) {
      await electron.evaluate(({ dialog }, target) => {
        dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [target] })) as typeof dialog.showOpenDialog
      }, file)
      await action()
    },
  }
  return { app, close: () => electron.close() }
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export const test = base.extend<{ app: SandscapeApp }, { webBrowser: () => Promise<Browser> }>({
  // Launched only when a web-target test asks for it, so the desktop target needs no Chromium.
  webBrowser: [async ({}, use) => {
    let browser: Promise<Browser> | undefined
    await use(() => (browser ??= chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })))
    if (browser) await (await browser).close()
  }, { scope: 'worker' }],

  app: async ({ webBrowser }, use) => {
    if (e2eTarget() === 'electron') {
      const { app, close } = await desktopApp()
      await use(app)
      await close()
      return
    }
    const context = await (await webBrowser()).newContext({
      baseURL: `http://127.0.0.1:${WEB_PORT}/`,
      locale: 'en-US',
      colorScheme: 'light',
      viewport: { width: 1400, height: 900 },
      acceptDownloads: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    })
    await use(await webApp(await context.newPage()))
    await context.close()
  },
})

export { expect }
