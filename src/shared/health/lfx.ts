// LFX Insights (insights.linuxfoundation.org), one request per project: its public API has no
// bulk endpoint. Shape taken from its public source, github.com/linuxfoundation/insights:
// frontend/docs/openapi.json ("LFX Insights Public API"): `GET /api/project/{slug}/insights`
// answers a ProjectInsight ({ slug, healthScore, contributorHealthScore, popularityHealthScore,
// developmentHealthScore, securityHealthScore, activeContributorsLast365Days,
// activeContributorsPrevious365Days, ... }), 404 for an unknown slug, and is rate limited
// (200 requests a minute per address, announced in X-RateLimit-Remaining and X-RateLimit-Reset).
import { isRecord, toText } from '../landscape/normalize-common'
import type { LfxFigures } from './schema'

export class LfxFormatError extends Error {
  override readonly name = 'LfxFormatError'
}

/** A slug as the dataset gives it, checked before it becomes part of a URL path. */
export function isLfxSlug(slug: string): boolean {
  return /^[a-z0-9][a-z0-9._-]{0,99}$/i.test(slug)
}

export function lfxInsightsUrl(base: string, slug: string): string {
  return `${base.replace(/\/+$/, '')}/api/project/${encodeURIComponent(slug)}/insights`
}

/** The project's page at LFX Insights, for links out. */
export function lfxProjectUrl(slug: string, base = 'https://insights.linuxfoundation.org'): string {
  return `${base.replace(/\/+$/, '')}/project/${encodeURIComponent(slug)}`
}

const score = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100 ? Math.round(value) : undefined)
const count = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined)

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/** One ProjectInsight. Not an object with a slug: a format error (the source is not LFX Insights). */
export function readLfxInsight(doc: unknown, askedSlug: string): LfxFigures {
  if (!isRecord(doc)) throw new LfxFormatError('the project insights are not an object')
  const slug = toText(doc.slug)
  if (!slug) throw new LfxFormatError('the project insights name no project')
  return compact({
    slug: askedSlug,
    healthScore: score(doc.healthScore),
    parts: compact({
      contributors: score(doc.contributorHealthScore),
      popularity: score(doc.popularityHealthScore),
      development: score(doc.developmentHealthScore),
      security: score(doc.securityHealthScore),
    }),
    activeContributors: count(doc.activeContributorsLast365Days),
    activeContributorsBefore: count(doc.activeContributorsPrevious365Days),
  })
}
