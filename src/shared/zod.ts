// zod as this codebase uses it: every schema module takes `z` from here (a test holds them to
// it), so this configuration is set before any of them parses.
import { z } from 'zod'

/**
 * Whether zod may make its faster parsers with `new Function`: in Node (main, tests) only. In
 * the renderer and its workers the CSP's script-src has no 'unsafe-eval', and zod's probe for it
 * (a `new Function` before its first parse) was itself reported as a CSP violation on every first
 * launch and refresh; told it cannot, zod parses as it did after the refusal.
 */
export function mayGenerateCode(runtime: { process?: { versions?: { node?: unknown } } }): boolean {
  return typeof runtime.process?.versions?.node === 'string'
}

z.config({ jitless: !mayGenerateCode(globalThis as Parameters<typeof mayGenerateCode>[0]) })

export { z }
