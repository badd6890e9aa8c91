/**
 * Hang detection for tests of untrusted input. These budgets are not speed targets (benchmark
 * scripts print those): they sit two orders of magnitude above the normal time, so they only
 * trip on the quadratic or worse behaviour they exist to catch, even on a loaded CI machine.
 */
export const HANG_BUDGET_MS = 3_000

/**
 * Runs `work` once and says how long it took, in CPU time of this process where there is one
 * (Node): other programs sharing the machine do not count against the budget.
 */
export function timed<T>(work: () => T): { value: T; ms: number } {
  const cpu = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process?.cpuUsage
  const now = cpu ? () => { const used = cpu(); return (used.user + used.system) / 1000 } : () => performance.now()
  const start = now()
  const value = work()
  return { value, ms: now() - start }
}

/** A number from the environment (Node), for tests that run longer when asked to. */
export function envNumber(name: string, fallback: number): number {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name]
  return value === undefined || value === '' || Number.isNaN(Number(value)) ? fallback : Number(value)
}
