import { defineConfig } from '@playwright/test'
import { e2eTarget, WEB_PORT } from './e2e/target'

const target = e2eTarget()

// One set of specs, two targets: the Electron app when its binary is installed, otherwise the
// web build in the system's Chromium (Playwright's own browser download is never needed).
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  globalSetup: './e2e/global-setup.ts',
  // Browsers and the desktop app are launched by the `app` fixture (e2e/fixtures.ts).
  webServer: target === 'web'
    ? { command: `node scripts/serve-static.mjs --dir dist-web --port ${WEB_PORT}`, url: `http://127.0.0.1:${WEB_PORT}/`, reuseExistingServer: !process.env.CI, timeout: 30_000 }
    : undefined,
})
