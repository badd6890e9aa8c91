import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export type E2ETarget = 'electron' | 'web'

/**
 * The Electron binary when it is installed, else the web build in Chromium. Reads electron's
 * path.txt instead of require('electron'), which would try to download a missing binary.
 */
export function electronBinary(root = process.cwd()): string | undefined {
  const dir = path.join(root, 'node_modules', 'electron')
  const pathFile = path.join(dir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : undefined
}

export function e2eTarget(): E2ETarget {
  const forced = process.env.SANDSCAPE_E2E_TARGET
  if (forced === 'web' || forced === 'electron') return forced
  return electronBinary() ? 'electron' : 'web'
}

export const WEB_PORT = Number(process.env.SANDSCAPE_E2E_PORT ?? 4178)
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
