import type { MaturityDates } from '../dataset/schema'

/**
 * The day the CNCF TOC published its Sandbox guidelines, moving the earlier "Inception" level into
 * the new Sandbox: https://github.com/cncf/toc/commit/7699babccfab9e8a9c790df81bb9293da3c855b0
 * (cncf/toc, process/sandbox.md, 2018-02-27). A project accepted before it entered at Inception
 * or straight into incubation; the landscape gives its acceptance date either way.
 */
export const SANDBOX_OPENED = '2018-02-27'

/** The level a project entered the CNCF at, in the order a project moves through them. */
export const ENTRY_LEVELS = ['inception', 'sandbox', 'incubating', 'graduated'] as const
export type EntryLevel = (typeof ENTRY_LEVELS)[number]

/**
 * The day a project joined the CNCF: its acceptance date, or, for a project the landscape gives
 * no acceptance date, its earliest level date (it was accepted straight into that level).
 * `joined` is not used: the landscape fills it for member organisations, not for projects.
 */
export function joinedOn(dates: MaturityDates): string | undefined {
  return dates.accepted ?? dates.incubating ?? dates.graduated
}

/**
 * The level a project entered at, read from its dates: the highest level dated on (or before)
 * the day it joined, else Sandbox, or Inception when it joined before the Sandbox existed.
 * An archived project with no other date is taken to have entered at that level too: the
 * landscape rarely records the level an archived project held, and nothing suggests a promotion.
 * Undefined for a project with no dates at all.
 */
export function entryLevel(dates: MaturityDates): EntryLevel | undefined {
  const joined = joinedOn(dates)
  if (joined === undefined) return undefined
  if (dates.graduated !== undefined && dates.graduated <= joined) return 'graduated'
  if (dates.incubating !== undefined && dates.incubating <= joined) return 'incubating'
  return joined < SANDBOX_OPENED ? 'inception' : 'sandbox'
}
