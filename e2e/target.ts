import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Which build the one set of specs drives. */
export type E2ETarget = 'electron' | 'web'

/** The repository root, wherever `playwright test` was started from. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Debian's Chromium drives the web build: Playwright's own browser download is never needed. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** The web build's output, and the environment variable naming the copy of it the run serves. */
export const WEB_BUILD = path.join(ROOT, 'dist-web')
export const WEB_ROOT_ENV = 'SANDSCAPE_E2E_WEB_ROOT'

let resolved: { binary: string | undefined } | undefined

/**
 * The Electron binary, if it is installed. `require('electron')` returns its path (and throws
 * when the package is broken), but when the binary is missing it first tries to download it,
 * synchronously, which must never happen in a test run: so it is asked with
 * ELECTRON_OVERRIDE_DIST_PATH pointing at the package's own dist/, which makes it answer
 * without downloading. A path that does not exist means "not installed". A user's own
 * ELECTRON_OVERRIDE_DIST_PATH is respected.
 */
export function electronBinary(): string | undefined {
  if (resolved) return resolved.binary
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override === undefined) process.env.ELECTRON_OVERRIDE_DIST_PATH = path.join(ROOT, 'node_modules', 'electron', 'dist')
  let binary: string | undefined
  try {
    const exported: unknown = createRequire(path.join(ROOT, 'package.json'))('electron')
    binary = typeof exported === 'string' && existsSync(exported) ? exported : undefined
  } catch {
    binary = undefined
  } finally {
    if (override === undefined) delete process.env.ELECTRON_OVERRIDE_DIST_PATH
  }
  resolved = { binary }
  return binary
}

/**
 * The desktop app when its binary is installed, else the web build in Chromium.
 * SANDSCAPE_E2E_TARGET=web|electron forces one.
 */
export function e2eTarget(): E2ETarget {
  const forced = process.env.SANDSCAPE_E2E_TARGET
  if (forced === 'web' || forced === 'electron') return forced
  if (forced) throw new Error(`SANDSCAPE_E2E_TARGET must be "web" or "electron", not "${forced}"`)
  return electronBinary() ? 'electron' : 'web'
}
