// OpenSSF Best Practices (bestpractices.dev), read in pages of project ids.
// Shapes taken from its public source, github.com/coreinfrastructure/best-practices-badge:
// - docs/api.md: `GET /(:locale/)projects(.:format)?ids=1,2,3` answers a JSON array of project
//   entries, paged 20 at a time (config/initializers/pagy.rb); requests should stay near one a second.
// - app/views/projects/_project.json.jbuilder: each entry is the project's attributes (`id`,
//   `name`, `tiered_percentage`, `badge_percentage_0`..`_2`, `updated_at`, criteria statuses...)
//   plus `badge_level` ("in_progress", "passing", "silver", "gold": Project::BADGE_LEVELS).
// - db/schema.rb: tiered_percentage is 0–300, the hundreds being the level reached.
import { isRecord } from '../landscape/normalize-common'
import { BADGE_LEVELS, type BadgeLevel, type BestPracticesFigures } from './schema'

export { progressToNext } from './constants'

/** Ids per request: one page of the site's pagination. */
export const BEST_PRACTICES_PAGE_SIZE = 20

export class BestPracticesFormatError extends Error {
  override readonly name = 'BestPracticesFormatError'
}

/**
 * The project id in a badge link, whatever host or locale it names:
 * "https://www.bestpractices.dev/en/projects/1269" → 1269. Not a badge link: undefined.
 */
export function bestPracticesId(url: string | undefined): number | undefined {
  if (!url) return undefined
  let path: string
  try {
    path = new URL(url).pathname
  } catch {
    return undefined
  }
  const parts = path.split('/').filter(Boolean)
  const at = parts.indexOf('projects')
  const id = at >= 0 ? parts[at + 1]?.replace(/\.json$/, '') : undefined
  return id && /^\d{1,9}$/.test(id) && Number(id) > 0 ? Number(id) : undefined
}

export function bestPracticesPageUrl(base: string, ids: readonly number[]): string {
  return `${base.replace(/\/+$/, '')}/en/projects.json?ids=${ids.join(',')}`
}

/** The project's badge page, for links out. */
export function bestPracticesProjectUrl(id: number, base = 'https://www.bestpractices.dev'): string {
  return `${base.replace(/\/+$/, '')}/en/projects/${id}`
}

const levelFromPercentage = (tiered: number): BadgeLevel => BADGE_LEVELS[Math.min(3, Math.floor(tiered / 100))]

/** One page of entries, by badge id. Entries without an id or a percentage are skipped. */
export function readBestPracticesPage(doc: unknown): Map<number, BestPracticesFigures> {
  if (!Array.isArray(doc)) throw new BestPracticesFormatError('the project list is not a list')
  const byId = new Map<number, BestPracticesFigures>()
  for (const item of doc) {
    if (!isRecord(item)) continue
    const id = item.id
    const tiered = item.tiered_percentage
    if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) continue
    if (typeof tiered !== 'number' || !Number.isInteger(tiered) || tiered < 0 || tiered > 300) continue
    const level = typeof item.badge_level === 'string' && (BADGE_LEVELS as readonly string[]).includes(item.badge_level)
      ? item.badge_level as BadgeLevel
      : levelFromPercentage(tiered)
    const updated = typeof item.updated_at === 'string' && !Number.isNaN(Date.parse(item.updated_at)) ? new Date(item.updated_at).toISOString() : undefined
    byId.set(id, { id, level, tieredPercentage: tiered, ...(updated ? { updatedAt: updated } : {}) })
  }
  return byId
}
