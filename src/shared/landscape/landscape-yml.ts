import { parse as parseYaml } from 'yaml'
import { ProjectFacts, type Placement, type Repository } from '../dataset/schema'
import { projectSlug } from '../dataset/slug'
import { compact, isRecord, toHttpUrl, toIsoDate, toChips, toMaturity, toText, type Warnings, toAudits, toNamedLinks, checkedFacts, toAdvisoryGroups } from './normalize-common'

export interface NormalizeResult {
  projects: ProjectFacts[]
  warnings: Warnings
}

export class LandscapeFormatError extends Error {}

export interface YamlNormalizeOptions {
  /**
   * Keep each item's upstream `description` as `upstreamDescription`. Only a live refresh does:
   * the app may show downloaded text as-is, attributed; the bundled dataset carries our own words.
   */
  keepDescriptions?: boolean
}

/**
 * Reads landscape.yml text (categories > subcategories > items) into project facts.
 * Only items with a top-level `project` maturity are CNCF projects: items that merely carry
 * `extra.accepted` (sub-projects, second placements) or `extra.project` (other foundations) are not.
 */
export function normalizeLandscapeYaml(text: string, options: YamlNormalizeOptions = {}): NormalizeResult {
  let doc: unknown
  try {
    doc = parseYaml(text, { maxAliasCount: 100, logLevel: 'error' })
  } catch (error) {
    throw new LandscapeFormatError(`landscape.yml is not valid YAML: ${(error as Error).message.split('\n')[0]}`)
  }
  return normalizeLandscapeDocument(doc, options)
}

export function normalizeLandscapeDocument(doc: unknown, options: YamlNormalizeOptions = {}): NormalizeResult {
  if (!isRecord(doc) || !Array.isArray(doc.landscape)) {
    throw new LandscapeFormatError('landscape.yml has no top-level "landscape" list of categories')
  }
  const warnings: Warnings = []
  const projects: ProjectFacts[] = []
  for (const category of doc.landscape) {
    if (!isRecord(category) || typeof category.name !== 'string') continue
    for (const subcategory of Array.isArray(category.subcategories) ? category.subcategories : []) {
      if (!isRecord(subcategory) || typeof subcategory.name !== 'string') continue
      for (const item of Array.isArray(subcategory.items) ? subcategory.items : []) {
        if (!isRecord(item) || item.project === undefined) continue
        const facts = itemToFacts(item, category.name, subcategory.name, warnings, options)
        if (facts) projects.push(facts)
      }
    }
  }
  const byId = new Map<string, ProjectFacts>()
  for (const project of projects) {
    if (byId.has(project.id)) throw new LandscapeFormatError(`two CNCF projects share the id "${project.id}"`)
    byId.set(project.id, project)
  }
  projects.sort((a, b) => a.id.localeCompare(b.id, 'en'))
  return { projects, warnings }
}

function itemToFacts(item: Record<string, unknown>, category: string, subcategory: string, warnings: Warnings, options: YamlNormalizeOptions): ProjectFacts | undefined {
  const name = toText(item.name)
  const where = name ?? `an item in ${category} / ${subcategory}`
  const maturity = toMaturity(item.project)
  if (!name || !maturity) {
    warnings.push(`${where}: skipped, ${!name ? 'no name' : `unknown maturity ${JSON.stringify(item.project)}`}`)
    return undefined
  }
  const extra = isRecord(item.extra) ? item.extra : {}
  const url = (value: unknown, field: string) => toHttpUrl(value, warnings, `${name} ${field}`)
  const freeText = (field: string) => () => warnings.push(`${name} ${field}: free text, not a list of names; no chips made from it`)

  const repositories: Repository[] = []
  const primaryUrl = url(item.repo_url, 'repo_url')
  if (primaryUrl) repositories.push(compact({ url: primaryUrl, branch: toText(item.branch), primary: true }))
  for (const extraRepo of Array.isArray(item.additional_repos) ? item.additional_repos : []) {
    const repoUrl = isRecord(extraRepo) ? url(extraRepo.repo_url, 'additional_repos') : undefined
    if (repoUrl && !repositories.some((r) => r.url === repoUrl)) {
      repositories.push(compact({ url: repoUrl, branch: toText(isRecord(extraRepo) ? extraRepo.branch : undefined), primary: false }))
    }
  }

  const extraPlacements: Placement[] = []
  for (const path of Array.isArray(item.second_path) ? item.second_path : []) {
    const [cat, sub] = typeof path === 'string' ? path.split('/').map((s) => s.trim()) : []
    if (cat && sub && !(cat === category && sub === subcategory)) extraPlacements.push({ category: cat, subcategory: sub })
    else warnings.push(`${name}: ignored second_path ${JSON.stringify(path)}`)
  }

  const audits = toAudits(extra.audits, url)
  const otherLinks = toNamedLinks(extra.other_links, url)

  const logo = toText(item.logo)?.replace(/^\.\//, '')
  const facts: ProjectFacts = {
    id: toText(item.slug) ?? projectSlug(name),
    name,
    maturity,
    dates: compact({
      accepted: toIsoDate(extra.accepted),
      incubating: toIsoDate(extra.incubating),
      graduated: toIsoDate(extra.graduated),
      archived: toIsoDate(extra.archived),
      joined: toIsoDate(item.joined),
    }),
    category,
    subcategory,
    extraPlacements,
    repositories,
    links: compact({
      homepage: url(item.homepage_url, 'homepage_url'),
      documentation: url(extra.documentation_url, 'documentation_url'),
      blog: url(extra.blog_url, 'blog_url'),
      slack: url(extra.slack_url, 'slack_url'),
      mailingList: url(extra.mailing_list_url, 'mailing_list_url'),
      devstats: url(extra.dev_stats_url, 'dev_stats_url'),
      artwork: url(extra.artwork_url, 'artwork_url'),
      twitter: url(item.twitter, 'twitter'),
      bluesky: url(item.bluesky_url ?? extra.bluesky_url, 'bluesky_url'),
      linkedin: url(extra.linkedin_url, 'linkedin_url'),
      youtube: url(extra.youtube_url, 'youtube_url'),
      githubDiscussions: url(extra.github_discussions_url, 'github_discussions_url'),
      stackOverflow: url(extra.stack_overflow_url, 'stack_overflow_url'),
      gitter: url(extra.gitter_url, 'gitter_url'),
      discord: url(extra.discord_url, 'discord_url'),
      docker: url(extra.docker_url, 'docker_url'),
      packageManager: url(extra.package_manager_url, 'package_manager_url'),
      bestPractices: url(item.url_for_bestpractices ?? extra.url_for_bestpractices, 'url_for_bestpractices'),
      annualReview: url(extra.annual_review_url, 'annual_review_url'),
      intro: url(extra.summary_intro_url, 'summary_intro_url'),
      organization: url(item.project_org, 'project_org'),
    }),
    chatChannel: toText(extra.chat_channel),
    clomonitorName: toText(extra.clomonitor_name),
    lfxSlug: toText(extra.lfx_slug),
    audits,
    otherLinks,
    tags: toChips(extra.summary_tags, freeText('summary_tags')),
    personas: toChips(extra.summary_personas, freeText('summary_personas')),
    integrations: toChips(extra.summary_integrations ?? extra.summary_integration, freeText('summary_integrations')),
    specification: extra.specification === true ? true : undefined,
    advisoryGroups: toAdvisoryGroups(extra.tag, extra.cncf_tags),
    lastAnnualReview: toIsoDate(extra.annual_review_date),
    logo,
    upstreamDescription: options.keepDescriptions ? toText(item.description) : undefined,
  }
  return checkedFacts(facts, name, warnings)
}
