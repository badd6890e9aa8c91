// CLOMonitor (clomonitor.io), read in bulk: two requests instead of one per project.
// Shapes taken from its public source, github.com/cncf/clomonitor:
// - GET /api/projects/search: clomonitor-apiserver/src/handlers.rs (search_projects) runs
//   database/migrations/functions/projects/search_projects.sql, which answers a JSON array of
//   projects ({ name, foundation, score: { global, documentation, license, best_practices,
//   security, legal, ...weights }, rating, updated_at (epoch seconds), ... }); `limit` and `offset`
//   page it, `foundation[0]=cncf` filters (serde_qs arrays, as web/src/api/index.ts writes them).
// - GET /data/repositories.csv: database/migrations/functions/repositories/get_repositories_with_checks.sql,
//   one row per repository: Foundation, Project, Repository URL, Check Sets, then one column per
//   check, `t`/`f` (PostgreSQL booleans) or empty when the check did not run there.
// - Check ids and sections: clomonitor-core/src/linter/report.rs; rating bands: clomonitor-core/src/score/mod.rs.
import { isRecord, toText } from '../landscape/normalize-common'
import { CsvFormatError, parseCsv } from './csv'
import { CLOMONITOR_CHECKS, type ClomonitorCheck } from './constants'
import { CLOMONITOR_RATINGS, type ClomonitorFigures } from './schema'

export { CLOMONITOR_CHECK_IDS, CLOMONITOR_CHECKS, type ClomonitorCheck } from './constants'

/** The foundation whose projects we ask for. */
export const CLOMONITOR_FOUNDATION = 'cncf'
/** Projects per search page: the CNCF's ~250 projects in three requests. */
export const CLOMONITOR_PAGE_SIZE = 100
/** Enough pages for eight times today's CNCF; a mirror that never stops paging is cut off. */
export const CLOMONITOR_MAX_PAGES = 20

export class ClomonitorFormatError extends Error {
  override readonly name = 'ClomonitorFormatError'
}

const trimSlash = (base: string) => base.replace(/\/+$/, '')

export function clomonitorSearchUrl(base: string, offset: number): string {
  return `${trimSlash(base)}/api/projects/search?foundation[0]=${CLOMONITOR_FOUNDATION}&limit=${CLOMONITOR_PAGE_SIZE}&offset=${offset}&sort_by=name&sort_direction=asc`
}

export function clomonitorChecksUrl(base: string): string {
  return `${trimSlash(base)}/data/repositories.csv`
}

/** The project's page at CLOMonitor, for links out. */
export function clomonitorProjectUrl(name: string, base = 'https://clomonitor.io'): string {
  return `${trimSlash(base)}/projects/${CLOMONITOR_FOUNDATION}/${encodeURIComponent(name)}`
}

/** CLOMonitor's rating bands (clomonitor-core score::rating): 75+ a, 50+ b, 25+ c, else d. */
export function ratingOf(score: number): ClomonitorFigures['rating'] {
  const rounded = Math.round(score)
  return rounded >= 75 ? 'a' : rounded >= 50 ? 'b' : rounded >= 25 ? 'c' : 'd'
}

type ScoreFields = Pick<ClomonitorFigures, 'name' | 'score' | 'rating' | 'sections' | 'updatedAt'>

const toScore = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100 ? Math.round(value * 10) / 10 : undefined

/**
 * One page of search results: each CNCF project's scores and rating. Items of another foundation
 * or without a score are skipped; a page that is not a list is a format error.
 */
export function readClomonitorSearchPage(doc: unknown): { items: ScoreFields[]; count: number } {
  if (!Array.isArray(doc)) throw new ClomonitorFormatError('the project search did not answer a list of projects')
  const items: ScoreFields[] = []
  for (const item of doc) {
    if (!isRecord(item) || !isRecord(item.score)) continue
    const name = toText(item.name)
    const score = toScore(item.score.global)
    if (!name || name.length > 200 || score === undefined || (item.foundation !== undefined && item.foundation !== CLOMONITOR_FOUNDATION)) continue
    const rating = typeof item.rating === 'string' && (CLOMONITOR_RATINGS as readonly string[]).includes(item.rating) ? item.rating as ClomonitorFigures['rating'] : ratingOf(score)
    const updated = typeof item.updated_at === 'number' && Number.isFinite(item.updated_at) ? new Date(item.updated_at * 1000) : undefined
    items.push({
      name,
      score,
      rating,
      sections: compactSections({
        documentation: toScore(item.score.documentation),
        license: toScore(item.score.license),
        bestPractices: toScore(item.score.best_practices),
        security: toScore(item.score.security),
        legal: toScore(item.score.legal),
      }),
      ...(updated && !Number.isNaN(updated.getTime()) ? { updatedAt: updated.toISOString() } : {}),
    })
  }
  return { items, count: doc.length }
}

function compactSections(sections: ClomonitorFigures['sections']): ClomonitorFigures['sections'] {
  return Object.fromEntries(Object.entries(sections).filter(([, v]) => v !== undefined)) as ClomonitorFigures['sections']
}

/** Passed and failed checks per CNCF project name. */
export type ProjectChecks = Map<string, { passed: string[]; failed: string[] }>

/**
 * repositories.csv folded per project the way CLOMonitor does it (get_project_passed_checks.sql):
 * a check passes when it passes on every repository where it ran, fails when it failed on one,
 * and is not applicable when it ran nowhere. Only the CNCF's rows are kept.
 */
export function readClomonitorChecks(csv: string): ProjectChecks {
  let rows: string[][]
  try {
    rows = parseCsv(csv)
  } catch (error) {
    if (error instanceof CsvFormatError) throw new ClomonitorFormatError(`repositories.csv is not valid CSV: ${error.message}`)
    throw error
  }
  const header = rows[0] ?? []
  const foundationAt = header.indexOf('Foundation')
  const projectAt = header.indexOf('Project')
  if (foundationAt < 0 || projectAt < 0) throw new ClomonitorFormatError('repositories.csv has no Foundation and Project columns')
  const columns = CLOMONITOR_CHECKS.map((check) => ({ check, at: header.indexOf(check.column) })).filter((c) => c.at >= 0)
  if (columns.length === 0) throw new ClomonitorFormatError('repositories.csv has none of the check columns')

  const states = new Map<string, Map<string, boolean>>()
  for (const row of rows.slice(1)) {
    if (row[foundationAt] !== CLOMONITOR_FOUNDATION) continue
    const project = row[projectAt]?.trim()
    if (!project) continue
    const checks = states.get(project) ?? new Map<string, boolean>()
    states.set(project, checks)
    for (const { check, at } of columns) {
      const passed = cellState(check, row[at] ?? '')
      if (passed === undefined) continue
      checks.set(check.id, (checks.get(check.id) ?? true) && passed)
    }
  }
  const result: ProjectChecks = new Map()
  for (const [project, checks] of states) {
    const passed: string[] = []
    const failed: string[] = []
    for (const { id } of CLOMONITOR_CHECKS) {
      const state = checks.get(id)
      if (state === true) passed.push(id)
      else if (state === false) failed.push(id)
    }
    result.set(project, { passed, failed })
  }
  return result
}

/** A repository's cell: true passed, false failed, undefined did not run there. */
function cellState(check: ClomonitorCheck, cell: string): boolean | undefined {
  const value = cell.trim()
  if (check.valued === 'spdx') return value === '' ? undefined : value !== 'Not detected'
  if (check.valued === 'list') return value === '' ? undefined : true
  if (value === 't') return true
  if (value === 'f') return false
  return undefined
}
