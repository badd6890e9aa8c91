import { finishDataset, LANDSCAPE_LICENSE } from '../dataset/build'
import { diffDatasets, type DatasetChange } from '../dataset/diff'
import type { Curated as CuratedFields, Dataset, DatasetSource, Project, ProjectFacts } from '../dataset/schema'
import { compact } from '../landscape/normalize-common'
import type { FetchedLandscape } from './schema'

/** A refresh that downloaded fine but must not be applied; the old data stays. */
export class RefreshRejectedError extends Error {
  override readonly name = 'RefreshRejectedError'
}

/** Below this share of the projects on the device, a source is taken to be incomplete. */
export const MIN_KEPT_SHARE = 0.5
const MIN_PROJECTS_FOR_GUARD = 20

type Curated = Pick<Project, 'id'> & CuratedFields

/** "https://GitHub.com/org/repo.git/" and "https://github.com/org/repo" are the same place. */
function sameUrlKey(url: string | undefined): string | undefined {
  return url?.trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\.git$/, '').replace(/\/+$/, '') || undefined
}
const primaryRepo = (p: Pick<ProjectFacts, 'repositories'>) => sameUrlKey((p.repositories.find((r) => r.primary) ?? p.repositories[0])?.url)

/**
 * Keeps project ids stable across renames and across the two sources' naming: a refreshed
 * project whose id is new, while a project on the device has vanished, is the same project when
 * both share their primary repository (or, failing that, their homepage). It keeps the old id,
 * so the user's bookmarks and notes stay attached and the change reads as a rename.
 */
export function reconcileIds(previous: readonly Pick<ProjectFacts, 'id' | 'repositories' | 'links'>[], facts: readonly ProjectFacts[]): ProjectFacts[] {
  const incoming = new Set(facts.map((f) => f.id))
  const known = new Set(previous.map((p) => p.id))
  const orphans = previous.filter((p) => !incoming.has(p.id))
  const claimed = new Set<string>()
  const match = (fact: ProjectFacts, key: (p: Pick<ProjectFacts, 'repositories' | 'links'>) => string | undefined) => {
    const wanted = key(fact)
    return wanted ? orphans.find((o) => !claimed.has(o.id) && key(o) === wanted) : undefined
  }
  return facts.map((fact) => {
    if (known.has(fact.id)) return fact
    const same = match(fact, primaryRepo) ?? match(fact, (p) => sameUrlKey(p.links.homepage))
    if (!same) return fact
    claimed.add(same.id)
    return { ...fact, id: same.id }
  })
}

/**
 * Our words for each project, by id: from the bundled dataset first (the newest curation the
 * app knows), then from the data on the device (carried forward from earlier bundles).
 */
export function curationIndex(...sources: readonly (readonly Curated[])[]): Map<string, Curated> {
  const index = new Map<string, Curated>()
  for (const source of sources) for (const project of source) if (!index.has(project.id) && project.summary) index.set(project.id, project)
  return index
}

/** Facts joined with our curation; a project without one keeps only its upstream description. */
export function withCuration(facts: readonly ProjectFacts[], curation: Map<string, Curated>): Project[] {
  return facts.map((fact) => {
    const { summary: _s, highlights: _h, articleSection: _a, ...onlyFacts } = fact as ProjectFacts & Partial<Curated>
    const curated = curation.get(fact.id)
    return compact({ ...onlyFacts, summary: curated?.summary, highlights: curated?.highlights ?? [], articleSection: curated?.articleSection })
  })
}

/** Fills facts the API does not publish (FACTS_MISSING_FROM_API) from the previous data. */
function carryOver(fact: ProjectFacts, previous: Project | undefined): ProjectFacts {
  if (!previous) return fact
  return compact({
    ...fact,
    clomonitorName: fact.clomonitorName ?? previous.clomonitorName,
    links: compact({ ...fact.links, documentation: fact.links.documentation ?? previous.links.documentation, organization: fact.links.organization ?? previous.links.organization }),
  })
}

export interface MergeInput {
  /** The projects on the device now. */
  previous: readonly Project[]
  /** The bundled dataset's projects, the first source of curated summaries (may be missing). */
  bundled?: readonly Project[]
  fetched: FetchedLandscape
}

export interface MergeResult {
  dataset: Dataset
  changes: DatasetChange[]
}

/**
 * Turns downloaded facts into the next dataset: ids reconciled, curated text joined, facts the
 * API lacks carried over, source stamped as live, everything validated (finishDataset), and
 * the changes against the previous data listed. Refuses a source listing far fewer projects than
 * the device has: a broken mirror must not empty the app.
 */
export function mergeRefresh({ previous, bundled = [], fetched }: MergeInput): MergeResult {
  if (previous.length >= MIN_PROJECTS_FOR_GUARD && fetched.facts.length < previous.length * MIN_KEPT_SHARE) {
    throw new RefreshRejectedError(
      `The source lists only ${fetched.facts.length} CNCF projects where the data on this device has ${previous.length}: it looks incomplete, so it was not applied.`,
    )
  }
  const before = new Map(previous.map((p) => [p.id, p]))
  const facts = reconcileIds(previous, fetched.facts).map((fact) => fetched.format === 'api' ? carryOver(fact, before.get(fact.id)) : fact)
  const projects = withCuration(facts, curationIndex(bundled, previous)).sort((a, b) => a.id.localeCompare(b.id, 'en'))
  const source: DatasetSource = {
    name: 'CNCF Landscape',
    url: fetched.url,
    // The file's ETag or Last-Modified, when its server sent one (the date says when anyway).
    revision: fetched.revision ?? 'live',
    date: fetched.fetchedAt.slice(0, 10),
    license: { ...LANDSCAPE_LICENSE },
    live: fetched.format,
  }
  const dataset = finishDataset(source, projects)
  return { dataset, changes: diffDatasets(previous, dataset.projects) }
}

/**
 * A newer bundle's curation laid over data refreshed earlier (an app update that ships new
 * summaries while the device holds fresher facts). Same facts, better words, new version.
 */
export function recurate(dataset: Dataset, bundled: readonly Project[]): Dataset {
  return finishDataset(dataset.source, withCuration(dataset.projects, curationIndex(bundled, dataset.projects)))
}
