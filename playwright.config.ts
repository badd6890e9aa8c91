import { defineConfig } from '@playwright/test'
import { CHROMIUM, CHROMIUM_ARGS, e2eTarget } from './e2e/target'

const target = e2eTarget()
const CI = Boolean(process.env.CI)

// One set of specs, two targets, chosen at run time (e2e/target.ts): the Electron app from out/
// when its binary is installed, otherwise dist-web/ in the system's Chromium. The `app` fixture
// (e2e/fixtures.ts) launches either; global-setup.ts says which one runs. The project is named
// after the target, so every line of the report shows it.
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // An action that cannot happen (an element covered, never still) fails with the reason within
  // this, instead of holding the test until its own timeout.
  use: { actionTimeout: 20_000 },
  // Two cores: one test per core. Files run in parallel, the tests of a file in order.
  workers: 2,
  fullyParallel: false,
  retries: 0,
  forbidOnly: CI,
  reporter: 'list',
  globalSetup: './e2e/global-setup.ts',
  projects: [{
    name: target,
    use: target === 'web'
      ? {
        // Never Playwright's downloaded browsers: no `channel`, no `playwright install`.
        launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
        // The browser's locale picks the default language: specs start in English, light theme.
        locale: 'en-US',
        colorScheme: 'light',
        viewport: { width: 1400, height: 900 },
        acceptDownloads: true,
        permissions: ['clipboard-read', 'clipboard-write'],
        // Tracing doubles the run time; when a failure needs one: `npx playwright test --trace on`.
        // A failing test always gets a screenshot of the app (e2e/fixtures.ts).
        trace: 'off',
      }
      : {},
  }],
})
