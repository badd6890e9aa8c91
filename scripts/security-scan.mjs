#!/usr/bin/env node
// Electronegativity (Doyensec's Electron security scanner) over src/, for the Electron version we
// ship. Fails on any finding at medium severity or above, on any file it could not parse (an
// unparsed file is an unscanned file), and on any `eng-disable` annotation without a reason.
// An annotation reads: `// eng-disable CHECK_ID: why this is safe here` on the flagged line.
//   npm run scan:security
import { createRequire } from 'node:module'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const INPUT = path.join(ROOT, 'src')
const require = createRequire(path.join(ROOT, 'package.json'))
const scanner = path.dirname(require.resolve('@doyensec/electronegativity/package.json'))

// The scanner's TypeScript parser (typescript-estree 4) must load the TypeScript 4.2 the scanner
// ships, not the project's TypeScript 7, whose compiler API it cannot use. (Only the module
// lookup is redirected; TypeScript sources are parsed with Babel first anyway.)
const Module = require('node:module')
const nestedTypescript = require.resolve('typescript', { paths: [scanner] })
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent?.filename?.includes(`${path.sep}typescript-estree${path.sep}`)) return nestedTypescript
  return resolveFilename.call(this, request, parent, ...rest)
}

// Checks left out, each with its reason.
const EXCLUDED = {
  // Downloads Electron's release list at run time: CI is offline. Staying on a patched Electron
  // is a release step instead (RELEASE.md).
  AvailableSecurityFixesGlobalCheck: 'needs the network',
}

const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
const run = require(path.join(scanner, 'dist', 'runner.js'))

/** Every `eng-disable` in src/ must name checks and give a reason after a colon. */
function annotationsWithoutReason() {
  const problems = []
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else if (/\.(ts|tsx|js|mjs|cjs|html)$/.test(name)) {
        readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
          const at = line.indexOf('eng-disable')
          if (at < 0) return
          const rest = line.slice(at + 'eng-disable'.length)
          const colon = rest.indexOf(':')
          const ids = colon < 0 ? '' : rest.slice(0, colon).trim()
          const reason = colon < 0 ? '' : rest.slice(colon + 1).replace(/-->\s*$/, '').trim()
          if (!/^[A-Z0-9_]+(?:[ ,]+[A-Z0-9_]+)*$/.test(ids) || reason.split(/\s+/).length < 3) {
            problems.push(`${path.relative(ROOT, file)}:${i + 1}: an eng-disable needs the check ids, a colon and a one-line reason`)
          }
        })
      }
    }
  }
  walk(INPUT)
  return problems
}

const result = await run({
  input: INPUT,
  electronVersionOverride: electronVersion,
  excludeFromScan: Object.keys(EXCLUDED),
  isRelative: true,
  output: undefined,
})

const rank = (issue) => issue.severity.value
const blocking = result.issues.filter((issue) => rank(issue) >= 2)
const below = result.issues.filter((issue) => rank(issue) < 2)
const unparsed = result.errors.filter((error) => !error.tolerable)
const unexplained = annotationsWithoutReason()

const line = (issue) => `  ${issue.severity.name.padEnd(13)} ${issue.confidence.name.padEnd(9)} ${issue.id.padEnd(34)} ${issue.file}:${issue.location.line}`
console.log(`Electronegativity ${require(path.join(scanner, 'package.json')).version} over src/ for Electron ${electronVersion}: ${result.atomicChecks} atomic and ${result.globalChecks} global checks (left out: ${Object.entries(EXCLUDED).map(([k, v]) => `${k}, ${v}`).join('; ')})`)
if (below.length) console.log(`Below medium (reported, not failing):\n${below.map(line).join('\n')}`)
if (blocking.length) console.log(`At medium or above:\n${blocking.map(line).join('\n')}`)
for (const error of unparsed) console.log(`  could not parse ${error.file}: ${error.message}`)
for (const problem of unexplained) console.log(`  ${problem}`)
console.log(`security scan: ${blocking.length} findings at medium or above, ${below.length} below, ${unparsed.length} files unparsed, ${unexplained.length} annotations without a reason`)
process.exit(blocking.length + unparsed.length + unexplained.length === 0 ? 0 : 1)
