import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CHROMIUM, e2eTarget, electronBinary, ROOT, WEB_BUILD, WEB_ROOT_ENV } from './target'

/**
 * Says once which target runs, and checks its build is there. For the web target it also
 * copies dist-web/ aside, so a `npm run build:web` started during the run (the tree is
 * shared) cannot pull files from under the server; the workers serve that copy.
 */
export default function globalSetup(): (() => void) | undefined {
  const target = e2eTarget()
  if (target === 'electron') {
    const main = path.join(ROOT, 'out', 'main', 'index.js')
    const binary = electronBinary()
    if (!binary) throw new Error('SANDSCAPE_E2E_TARGET=electron, but the Electron binary is not installed (node_modules/electron).')
    if (!existsSync(main)) throw new Error('The Electron target needs out/: run `npm run build` first.')
    console.log(`e2e target: electron (${binary}): the app in out/, a fresh user data dir per test`)
    return undefined
  }

  if (!existsSync(path.join(WEB_BUILD, 'index.html'))) throw new Error('The web target needs dist-web/: run `npm run build:web` first.')
  if (!existsSync(CHROMIUM)) throw new Error(`The web target drives the system Chromium, and ${CHROMIUM} does not exist (set CHROMIUM_PATH).`)
  // The specs compute their expectations from resources/dataset.json: the build must carry the same.
  const built = readFileSync(path.join(WEB_BUILD, 'dataset.json'))
  if (!built.equals(readFileSync(path.join(ROOT, 'resources', 'dataset.json')))) {
    throw new Error('dist-web/dataset.json differs from resources/dataset.json: run `npm run build:web` again.')
  }
  const copy = mkdtempSync(path.join(os.tmpdir(), 'sandscape-e2e-web-'))
  cpSync(WEB_BUILD, copy, { recursive: true })
  if (!existsSync(path.join(copy, 'index.html'))) throw new Error('dist-web/ changed while it was being copied (a build in progress?): run again.')
  process.env[WEB_ROOT_ENV] = copy
  const why = process.env.SANDSCAPE_E2E_TARGET ? 'SANDSCAPE_E2E_TARGET=web' : 'no Electron binary installed'
  console.log(`e2e target: web (${why}): dist-web/ served on 127.0.0.1, driven by ${CHROMIUM}`)
  return () => rmSync(copy, { recursive: true, force: true })
}
