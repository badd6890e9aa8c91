#!/usr/bin/env node
// npm 11 may skip dependency install scripts it has not been told to trust, which leaves
// `electron` without its binary. Our own postinstall always runs, so it finishes the job:
// fetch the binary unless the caller opted out (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as on CI).
import { existsSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const skip = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD
if (skip && skip !== '0' && skip !== 'false') process.exit(0)

const electronDir = path.resolve('node_modules', 'electron')
if (!existsSync(electronDir)) process.exit(0)
const pathFile = path.join(electronDir, 'path.txt')
const installed = existsSync(pathFile) &&
  existsSync(path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()))
if (installed) process.exit(0)

console.log('sandscape: downloading the Electron binary (electron/install.js)')
const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit' })
if (result.status !== 0) {
  console.error('sandscape: the Electron binary could not be downloaded. The web build and unit tests\n' +
    'still work; to run the desktop app, retry `node node_modules/electron/install.js` when online.')
}
