// Writes project facts in the landscape API's projects/all.json format (the inverse of
// src/shared/landscape/landscape-api.ts), so tests can serve a realistic all.json derived from
// our own dataset at run time instead of copying upstream files.
import type { LinkKind, ProjectFacts } from '../src/shared/dataset/schema'
import { projectSlug } from '../src/shared/dataset/slug'

/** Our link kinds → the API's field names (intro lives under summary; the last two it lacks). */
const API_LINK_FIELDS: Record<LinkKind, string | undefined> = {
  homepage: 'homepage_url', documentation: 'documentation_url', blog: 'blog_url', slack: 'slack_url',
  mailingList: 'mailing_list_url', devstats: 'devstats_url', artwork: 'artwork_url', twitter: 'twitter_url',
  bluesky: 'bluesky_url', linkedin: 'linkedin_url', youtube: 'youtube_url', githubDiscussions: 'github_discussions_url',
  stackOverflow: 'stack_overflow_url', gitter: 'gitter_url', discord: 'discord_url', docker: 'docker_url',
  packageManager: 'package_manager_url', bestPractices: 'openssf_best_practices_url', annualReview: 'latest_annual_review_url',
  intro: undefined, organization: undefined,
}

export interface ApiItemOptions {
  logoUrl: string
  description?: string
  /** Figures per repository URL. */
  figures?: Record<string, { stars?: number; contributors?: number; license?: string; latest_release?: string; languages?: Record<string, number> }>
}

export function toApiItem(p: ProjectFacts, options: ApiItemOptions): Record<string, unknown> {
  const item: Record<string, unknown> = {
    category: p.category,
    subcategory: p.subcategory,
    id: [p.category, p.subcategory, p.name].map(projectSlug).join('--'),
    name: p.name,
    logo_url: options.logoUrl,
    maturity: p.maturity,
  }
  const dates = { accepted_at: p.dates.accepted, incubating_at: p.dates.incubating, graduated_at: p.dates.graduated, archived_at: p.dates.archived, joined_at: p.dates.joined }
  for (const [key, value] of Object.entries(dates)) if (value) item[key] = value
  if (p.extraPlacements.length) item.additional_categories = p.extraPlacements
  if (p.repositories.length) {
    item.repositories = p.repositories.map((r) => ({ url: r.url, ...(r.branch ? { branch: r.branch } : {}), primary: r.primary, ...(options.figures?.[r.url] ?? {}) }))
  }
  for (const [kind, field] of Object.entries(API_LINK_FIELDS)) {
    const url = p.links[kind as LinkKind]
    if (field && url) item[field] = url
  }
  const summary: Record<string, unknown> = {}
  if (p.tags.length) summary.tags = p.tags
  if (p.personas.length) summary.personas = p.personas
  if (p.integrations.length) summary.integrations = p.integrations.join(', ')
  if (p.links.intro) summary.intro_url = p.links.intro
  if (p.upstreamUseCase) summary.use_case = p.upstreamUseCase
  if (p.upstreamBusinessUseCase) summary.business_use_case = p.upstreamBusinessUseCase
  if (p.upstreamReleaseRate) summary.release_rate = p.upstreamReleaseRate
  if (Object.keys(summary).length) item.summary = summary
  if (p.audits.length) item.audits = p.audits
  if (p.otherLinks.length) item.other_links = p.otherLinks
  if (p.chatChannel) item.chat_channel = p.chatChannel
  if (p.lfxSlug) item.lfx_slug = p.lfxSlug
  if (p.specification) item.specification = true
  if (p.advisoryGroups) item.tag = p.advisoryGroups
  if (p.lastAnnualReview) item.latest_annual_review_at = p.lastAnnualReview
  if (options.description) item.description = options.description
  return item
}
