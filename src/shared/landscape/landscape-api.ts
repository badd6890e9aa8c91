import { ProjectFacts, type Placement, type Repository, type RepositoryFigures } from '../dataset/schema'
import { projectSlug } from '../dataset/slug'
import { LandscapeFormatError, type NormalizeResult } from './landscape-yml'
import { compact, isRecord, toHttpUrl, toIsoDate, toChips, toMaturity, toText, type Warnings, toAudits, toNamedLinks, checkedFacts, toAdvisoryGroups } from './normalize-common'

export interface ApiNormalizeOptions {
  /** When the figures were downloaded (ISO time): stamped on every repository's figures. */
  fetchedAt: string
  /** The URL all.json came from: a relative logo_url is resolved against it (mirrors). */
  baseUrl: string
}

/**
 * Facts landscape.yml has and the landscape API does not publish. A refresh from the API keeps
 * the last known value of these (from the cached data) instead of dropping them.
 */
export const FACTS_MISSING_FROM_API = ['clomonitorName', 'links.documentation', 'links.organization'] as const

/**
 * Reads the landscape API's projects/all.json (an array of projects, snake_case fields,
 * optional ones omitted) into project facts. Its ids are `category--subcategory--name`; ours are
 * the project name in kebab case, as landscape.yml's are, so both sources name a project alike.
 * Repository figures (stars, contributors, languages, licence, latest release) come along,
 * stamped with `fetchedAt`. Crunchbase-derived fields are never read (their terms differ).
 */
export function normalizeLandscapeApi(doc: unknown, options: ApiNormalizeOptions): NormalizeResult {
  if (!Array.isArray(doc)) {
    throw new LandscapeFormatError('projects/all.json is not a list of projects')
  }
  const warnings: Warnings = []
  const byId = new Map<string, ProjectFacts>()
  doc.forEach((item, index) => {
    if (!isRecord(item)) {
      warnings.push(`item ${index}: skipped, not an object`)
      return
    }
    const facts = itemToFacts(item, index, options, warnings)
    if (!facts) return
    const earlier = byId.get(facts.id)
    if (earlier) warnings.push(`${facts.name}: skipped a second entry with the id "${facts.id}" (first: ${earlier.category} / ${earlier.subcategory})`)
    else byId.set(facts.id, facts)
  })
  if (byId.size === 0) {
    throw new LandscapeFormatError(doc.length === 0 ? 'projects/all.json lists no projects' : `none of the ${doc.length} entries in projects/all.json is a valid CNCF project`)
  }
  const projects = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id, 'en'))
  return { projects, warnings }
}

function toCount(value: unknown): number | undefined {
  const n = isRecord(value) ? value.count : value
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined
}

/** Upstream prose, kept only when it fits: a longer text is dropped rather than cut mid-sentence. */
function boundedText(value: unknown, max: number): string | undefined {
  const text = toText(value)
  return text && text.length <= max ? text : undefined
}

function toLanguages(value: unknown): Record<string, number> | undefined {
  if (!isRecord(value)) return undefined
  const entries = Object.entries(value).filter((e): e is [string, number] => e[0].trim() !== '' && typeof e[1] === 'number' && e[1] >= 0)
  return entries.length ? Object.fromEntries(entries) : undefined
}

function figuresOf(repo: Record<string, unknown>, fetchedAt: string): RepositoryFigures | undefined {
  const figures = compact({
    stars: toCount(repo.stars),
    contributors: toCount(repo.contributors),
    languages: toLanguages(repo.languages),
    license: toText(repo.license),
    latestRelease: typeof repo.latest_release === 'string' && !Number.isNaN(Date.parse(repo.latest_release)) ? repo.latest_release : undefined,
  })
  return Object.keys(figures).length ? { ...figures, fetchedAt } : undefined
}

function itemToFacts(item: Record<string, unknown>, index: number, options: ApiNormalizeOptions, warnings: Warnings): ProjectFacts | undefined {
  const name = toText(item.name)
  const category = toText(item.category)
  const subcategory = toText(item.subcategory)
  const where = name ?? `item ${index}`
  if (item.maturity === undefined) return undefined
  const maturity = toMaturity(item.maturity)
  if (!name || !maturity || !category || !subcategory) {
    const why = !name ? 'no name' : !maturity ? `unknown maturity ${JSON.stringify(item.maturity)}` : 'no category or subcategory'
    warnings.push(`${where}: skipped, ${why}`)
    return undefined
  }
  const url = (value: unknown, field: string) => toHttpUrl(value, warnings, `${name} ${field}`)
  const freeText = (field: string) => () => warnings.push(`${name} ${field}: free text, not a list of names; no chips made from it`)
  const summary = isRecord(item.summary) ? item.summary : {}

  const repositories: Repository[] = []
  const repoItems = Array.isArray(item.repositories) ? item.repositories.filter(isRecord) : []
  const hasPrimary = repoItems.some((r) => r.primary === true)
  repoItems.forEach((repo, i) => {
    const repoUrl = url(repo.url, 'repositories')
    if (!repoUrl || repositories.some((r) => r.url === repoUrl)) return
    repositories.push(compact({
      url: repoUrl,
      branch: toText(repo.branch),
      // The API marks the primary repository; without a mark, the first one is.
      primary: hasPrimary ? repo.primary === true : i === 0,
      figures: figuresOf(repo, options.fetchedAt),
    }))
  })

  const extraPlacements: Placement[] = []
  for (const extra of Array.isArray(item.additional_categories) ? item.additional_categories : []) {
    const cat = isRecord(extra) ? toText(extra.category) : undefined
    const sub = isRecord(extra) ? toText(extra.subcategory) : undefined
    if (cat && sub && !(cat === category && sub === subcategory) && !extraPlacements.some((p) => p.category === cat && p.subcategory === sub)) {
      extraPlacements.push({ category: cat, subcategory: sub })
    }
  }

  const audits = toAudits(item.audits, url)
  const otherLinks = toNamedLinks(item.other_links, url)

  let logo: string | undefined
  const logoValue = toText(item.logo_url)
  if (logoValue) {
    try {
      logo = url(new URL(logoValue, options.baseUrl).href, 'logo_url')
    } catch {
      warnings.push(`${name} logo_url: ignored ${JSON.stringify(logoValue).slice(0, 120)}`)
    }
  }

  const facts: ProjectFacts = {
    id: projectSlug(name),
    name,
    maturity,
    dates: compact({
      accepted: toIsoDate(item.accepted_at),
      incubating: toIsoDate(item.incubating_at),
      graduated: toIsoDate(item.graduated_at),
      archived: toIsoDate(item.archived_at),
      joined: toIsoDate(item.joined_at),
    }),
    category,
    subcategory,
    extraPlacements,
    repositories,
    links: compact({
      homepage: url(item.homepage_url, 'homepage_url'),
      documentation: url(item.documentation_url, 'documentation_url'),
      blog: url(item.blog_url, 'blog_url'),
      slack: url(item.slack_url, 'slack_url'),
      mailingList: url(item.mailing_list_url, 'mailing_list_url'),
      devstats: url(item.devstats_url, 'devstats_url'),
      artwork: url(item.artwork_url, 'artwork_url'),
      twitter: url(item.twitter_url, 'twitter_url'),
      bluesky: url(item.bluesky_url, 'bluesky_url'),
      linkedin: url(item.linkedin_url, 'linkedin_url'),
      youtube: url(item.youtube_url, 'youtube_url'),
      githubDiscussions: url(item.github_discussions_url, 'github_discussions_url'),
      stackOverflow: url(item.stack_overflow_url, 'stack_overflow_url'),
      gitter: url(item.gitter_url, 'gitter_url'),
      discord: url(item.discord_url, 'discord_url'),
      docker: url(item.docker_url, 'docker_url'),
      packageManager: url(item.package_manager_url, 'package_manager_url'),
      bestPractices: url(item.openssf_best_practices_url, 'openssf_best_practices_url'),
      annualReview: url(item.latest_annual_review_url, 'latest_annual_review_url'),
      intro: url(summary.intro_url, 'summary.intro_url'),
    }),
    chatChannel: toText(item.chat_channel),
    lfxSlug: toText(item.lfx_slug),
    audits,
    otherLinks,
    tags: toChips(summary.tags, freeText('summary.tags')),
    personas: toChips(summary.personas, freeText('summary.personas')),
    integrations: toChips(summary.integrations ?? summary.integration, freeText('summary.integrations')),
    specification: item.specification === true ? true : undefined,
    advisoryGroups: toAdvisoryGroups(item.tag),
    lastAnnualReview: toIsoDate(item.latest_annual_review_at),
    logo,
    upstreamDescription: toText(item.description),
    upstreamUseCase: boundedText(summary.use_case, 4000),
    upstreamBusinessUseCase: boundedText(summary.business_use_case, 4000),
    upstreamReleaseRate: boundedText(summary.release_rate, 500),
  }
  return checkedFacts(facts, name, warnings)
}
