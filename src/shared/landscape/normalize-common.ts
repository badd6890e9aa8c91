import { isHttpUrl } from '../url'
import { describeIssues, MATURITIES, ProjectFacts, type Audit, type Maturity, type NamedLink } from '../dataset/schema'

/** Warnings collected while normalising: data the app drops rather than trusting. */
export type Warnings = string[]

/** Dates may arrive as 'YYYY-MM-DD' strings, YAML timestamps (Date) or RFC 3339 strings. */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return undefined
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim())
  return match ? match[1] : undefined
}

export function toHttpUrl(value: unknown, warnings: Warnings, where: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (isHttpUrl(value)) return value.trim()
  warnings.push(`${where}: ignored a link that is not an http(s) URL: ${JSON.stringify(value).slice(0, 120)}`)
  return undefined
}

export function toMaturity(value: unknown): Maturity | undefined {
  return typeof value === 'string' && (MATURITIES as readonly string[]).includes(value) ? (value as Maturity) : undefined
}

/** Words that start a clause, not a name: a list item beginning with one is a sentence fragment. */
const CLAUSE_START = /^(and|or|but|see|such|e\.g|i\.e|etc|which|that|including|plus|also|with|via|any|all|many|most|some|other|various|multiple|custom|supporting)\b/i
const MAX_NAME_WORDS = 5

/**
 * True for what reads as a short name ("Prometheus", "Platform Engineers", "CSI"): no link, no
 * Markdown, no sentence punctuation, few words, balanced brackets, not a clause. Plain loops and
 * literal tests only: upstream text is untrusted.
 */
export function isShortName(item: string): boolean {
  if (!item || item.length > 60) return false
  if (/:\/\/|www\.|[[\]`*<>|]|^#/.test(item)) return false
  if (/[.!?;:]\s/.test(item) || CLAUSE_START.test(item)) return false
  if (item.split(' ').length > MAX_NAME_WORDS) return false
  let depth = 0
  for (const ch of item) {
    if (ch === '(') depth++
    else if (ch === ')' && --depth < 0) return false
  }
  return depth === 0
}

/**
 * Chips from an upstream list field: "a, b ,c" or ["a", "b"] → ["a", "b", "c"], trimmed, first
 * spelling of each kept, case-insensitively unique, a closing "etc." dropped. Only a field that is
 * a list of short names becomes chips: free text (a sentence, links, Markdown) is never split into
 * fragments, and gives none; `onFreeText` hears about it.
 */
export function toChips(value: unknown, onFreeText?: (text: string) => void): string[] {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,，]/) : []
  const seen = new Set<string>()
  const out: string[] = []
  for (const part of parts) {
    if (typeof part !== 'string') continue
    const item = part.trim().replace(/\s+/g, ' ').replace(/\.$/, '').replace(/\s+etc$/i, '')
    const key = item.toLowerCase()
    if (!item || key === 'etc' || seen.has(key)) continue
    if (!isShortName(item)) {
      onFreeText?.(Array.isArray(value) ? value.join(', ') : String(value))
      return []
    }
    seen.add(key)
    out.push(item)
  }
  return out
}

export function toText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Drops undefined values so objects compare and serialise the same however they were built. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T
}

type UrlReader = (value: unknown, field: string) => string | undefined

/** Security audits as both landscape formats list them: [{date, type, url, vendor}]. */
export function toAudits(value: unknown, url: UrlReader): Audit[] {
  const audits: Audit[] = []
  for (const audit of Array.isArray(value) ? value : []) {
    const auditUrl = isRecord(audit) ? url(audit.url, 'audits') : undefined
    if (auditUrl && isRecord(audit)) {
      audits.push(compact({ date: toIsoDate(audit.date), type: toText(audit.type), url: auditUrl, vendor: toText(audit.vendor) }))
    }
  }
  return audits
}

/** Named extra links ([{name, url}]), dropping any without a name or an http(s) URL. */
export function toNamedLinks(value: unknown, url: UrlReader): NamedLink[] {
  const links: NamedLink[] = []
  for (const link of Array.isArray(value) ? value : []) {
    const linkUrl = isRecord(link) ? url(link.url, 'other_links') : undefined
    const linkName = isRecord(link) ? toText(link.name) : undefined
    if (linkUrl && linkName) links.push({ name: linkName, url: linkUrl })
  }
  return links
}

/** Validates one normalised project; an invalid one is skipped with a warning naming it, never fatal. */
export function checkedFacts(facts: ProjectFacts, name: string, warnings: Warnings): ProjectFacts | undefined {
  const checked = ProjectFacts.safeParse(compact(facts))
  if (checked.success) return checked.data
  warnings.push(`${name}: skipped, ${describeIssues(checked.error, 3).replace(/\n/g, '; ')}`)
  return undefined
}

const TAG_NAME = /^[a-z][a-z-]{0,39}$/

/**
 * CNCF Technical Advisory Groups by short name, from any of the forms the sources use: names
 * ("security", "TAG Security"), or links to the group's repository ("https://github.com/cncf/tag-security").
 * Unrecognisable entries are dropped.
 */
export function toAdvisoryGroups(...values: unknown[]): string[] | undefined {
  const names = new Set<string>()
  for (const value of values) {
    for (const entry of Array.isArray(value) ? value : typeof value === 'string' ? [value] : []) {
      if (typeof entry !== 'string' || entry.length > 200) continue
      const lastSegment = entry.trim().replace(/\/+$/, '').split('/').at(-1) ?? ''
      const name = lastSegment.toLowerCase().replace(/^tag[\s_-]+/, '').replace(/[\s_]+/g, '-')
      if (TAG_NAME.test(name)) names.add(name)
    }
  }
  return names.size ? [...names].sort() : undefined
}
