import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { _electron, test as base, expect, type BrowserContext, type ElectronApplication, type Page, type TestInfo } from '@playwright/test'
import { e2eTarget, electronBinary, ROOT, WEB_BUILD, WEB_ROOT_ENV } from './target'

/** The app under test, whichever target runs it: specs never branch on the target. */
export interface SandscapeApp {
  /** The app's window (desktop) or tab (web). Replaced by restart(): read it, don't keep it. */
  page: Page
  /**
   * Desktop: quit and launch again on the same user data dir. Web: open the app in a fresh tab
   * of the same browser context (same origin, so localStorage and IndexedDB carry over) and
   * close the old one.
   */
  restart: () => Promise<void>
  /** Goes to a hash route such as '#/settings' or '#/projects/<id>'. */
  goto: (hash: string) => Promise<void>
  /** Runs `action`, which triggers a save (save dialog or download), and returns what was saved (as text, and where it is). */
  captureSave: (action: () => Promise<void>) => Promise<{ name: string; content: string; file: string }>
  /** Runs `action`, which asks for a file (open dialog or file input), and answers with `file`. */
  provideFile: (file: string, action: () => Promise<void>) => Promise<void>
  /** Desktop target only: the main process and the OS-level ways into the app. */
  desktop?: DesktopControls
}

/** What the desktop journeys (e2e/desktop.spec.ts) do to the real app besides using its window. */
export interface DesktopControls {
  /** The running Electron app: evaluate in main (menus, windows). Replaced by restarts. */
  electron: ElectronApplication
  /** Quits and starts again on the same profile, with extra command-line arguments (a deep link). */
  relaunch: (extraArgs: string[]) => Promise<void>
  /** Starts a second instance on the same profile, as the OS does for a link; resolves with its exit code. */
  secondInstance: (extraArgs: string[]) => Promise<number | null>
}

/** The app has started: the sidebar is there and the first view has its heading. */
async function waitForShell(page: Page): Promise<void> {
  await expect(page.getByRole('navigation')).toBeVisible()
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible()
}

async function gotoHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => { window.location.hash = h }, hash)
  await waitForShell(page)
}

function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** In a page: passes each Content Security Policy violation to the binding watchCspViolations exposes. */
function listenForCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = `${event.sourceFile || 'the page'}:${event.lineNumber}`
    void (window as unknown as { __sandscapeCspViolation: (v: string) => Promise<void> }).__sandscapeCspViolation(`${event.effectiveDirective} refused ${event.blockedURI || '(inline)'} at ${where}`)
  })
}

/**
 * Reports every Content Security Policy violation in the app's pages through `report`: the CSP
 * is strict, and nothing the app does on its own may run into it (a refused probe or an inline
 * style shows up here, and in the console of every user). `loaded`: pages already open, whose
 * start (before this) goes unwatched.
 */
async function watchCspViolations(context: BrowserContext, report: (violation: string) => void, loaded: Page[] = []): Promise<void> {
  await context.exposeBinding('__sandscapeCspViolation', (_source, violation: string) => report(violation))
  await context.addInitScript(listenForCspViolations)
  await Promise.all(loaded.map((page) => page.evaluate(listenForCspViolations)))
}

/** A failing test keeps a picture of the app as it was: on both targets, the same way. */
async function attachScreenshotOnFailure(app: SandscapeApp, testInfo: TestInfo): Promise<void> {
  if (testInfo.status === testInfo.expectedStatus) return
  try {
    await testInfo.attach('app at the end of the test', { body: await app.page.screenshot(), contentType: 'image/png' })
  } catch {
    // The window may already be gone: nothing to show.
  }
}

/** Starts scripts/serve-static.mjs on a free port and resolves with its URL once it listens. */
async function startStaticServer(dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'serve-static.mjs'), '--dir', dir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  let timer: NodeJS.Timeout | undefined
  const url = await new Promise<string>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error('scripts/serve-static.mjs did not start within 15 s')), 15_000)
    child.once('exit', (code) => reject(new Error(`scripts/serve-static.mjs exited with code ${code}`)))
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = / at (http:\/\/\S+)$/.exec(line)
      if (match) resolve(match[1])
    })
  }).finally(() => clearTimeout(timer))
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

type TestFixtures = { app: SandscapeApp }
type WorkerFixtures = { webServerURL: string }

export const test = base.extend<TestFixtures, WorkerFixtures>({
  // Web target only: each worker serves the copy of dist-web/ made by global-setup.ts.
  webServerURL: [async ({}, use) => {
    const server = await startStaticServer(process.env[WEB_ROOT_ENV] ?? WEB_BUILD)
    await use(server.url)
    await server.stop()
  }, { scope: 'worker' }],

  // Web target: pages open relative to the worker's server ('./' is the app). Every test asks
  // for baseURL (Playwright's context options), so the desktop target keeps the default and
  // never starts a server.
  ...(e2eTarget() === 'web'
    ? { baseURL: async ({ webServerURL }: WorkerFixtures, use: (url: string) => Promise<void>) => { await use(webServerURL) } }
    : {}),

  // Chosen once per worker; each variant asks only for what its target needs (the desktop app
  // never launches a browser or a server).
  app: e2eTarget() === 'electron'
    ? async ({}, use, testInfo) => {
      const executablePath = electronBinary()
      if (!executablePath) throw new Error('The Electron binary is not installed')
      const userData = tempDir('sandscape-profile-')
      // --lang and LANG make the system locale en-US, so every test starts in English.
      const args = ['.', '--lang=en-US']
      const env = { ...process.env, SANDSCAPE_USER_DATA_DIR: userData, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' }
      const violations: string[] = []
      const launch = async (extraArgs: string[] = []): Promise<{ electron: ElectronApplication; page: Page }> => {
        const electron = await _electron.launch({ executablePath, cwd: ROOT, args: [...args, ...extraArgs], env })
        const page = await electron.firstWindow()
        await watchCspViolations(electron.context(), (violation) => violations.push(violation), [page])
        // As on the web target: the system theme is light unless a test picks another.
        await page.emulateMedia({ colorScheme: 'light' })
        await waitForShell(page)
        return { electron, page }
      }
      let running = await launch()
      const app: SandscapeApp = {
        page: running.page,
        async restart() {
          await running.electron.close()
          running = await launch()
          app.page = running.page
        },
        goto: (hash) => gotoHash(app.page, hash),
        async captureSave(action) {
          const file = path.join(tempDir('sandscape-save-'), 'saved')
          // A native dialog cannot be clicked: the main process answers the next one itself.
          await running.electron.evaluate(({ dialog }, target) => {
            dialog.showSaveDialog = (async () => ({ canceled: false, filePath: target })) as typeof dialog.showSaveDialog
          }, file)
          await action()
          await expect.poll(() => { try { return readFileSync(file, 'utf8').length } catch { return 0 } }).toBeGreaterThan(0)
          return { name: path.basename(file), content: readFileSync(file, 'utf8'), file }
        },
        async provideFile(file, action) {
          await running.electron.evaluate(({ dialog }, target) => {
            dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [target] })) as typeof dialog.showOpenDialog
          }, file)
          await action()
        },
        desktop: {
          get electron() { return running.electron },
          async relaunch(extraArgs) {
            await running.electron.close()
            running = await launch(extraArgs)
            app.page = running.page
          },
          secondInstance: (extraArgs) => new Promise((resolve, reject) => {
            const child = spawn(executablePath, [...args, ...extraArgs], { cwd: ROOT, env, stdio: 'ignore' })
            const timer = setTimeout(() => { child.kill(); reject(new Error('the second instance did not exit within 20 s')) }, 20_000)
            child.once('exit', (code) => { clearTimeout(timer); resolve(code) })
          }),
        },
      }
      await use(app)
      await attachScreenshotOnFailure(app, testInfo)
      // Already closed if a restart failed half-way.
      await running.electron.close().catch(() => undefined)
      rmSync(userData, { recursive: true, force: true })
      expect(violations, 'Content Security Policy violations in the app').toEqual([])
    }
    : async ({ context }, use, testInfo) => {
      const violations: string[] = []
      await watchCspViolations(context, (violation) => violations.push(violation))
      const open = async (): Promise<Page> => {
        const page = await context.newPage()
        await page.goto('./')
        await waitForShell(page)
        return page
      }
      const app: SandscapeApp = {
        page: await open(),
        async restart() {
          const previous = app.page
          await previous.close({ runBeforeUnload: true })
          app.page = await open()
        },
        goto: (hash) => gotoHash(app.page, hash),
        async captureSave(action) {
          const [download] = await Promise.all([app.page.waitForEvent('download'), action()])
          const file = path.join(tempDir('sandscape-save-'), download.suggestedFilename())
          await download.saveAs(file)
          return { name: download.suggestedFilename(), content: readFileSync(file, 'utf8'), file }
        },
        async provideFile(file, action) {
          const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), action()])
          await chooser.setFiles(file)
        },
      }
      await use(app)
      await attachScreenshotOnFailure(app, testInfo)
      expect(violations, 'Content Security Policy violations in the app').toEqual([])
    },
})

export { expect }
