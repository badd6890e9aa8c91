import { Dataset, DATASET_SCHEMA_VERSION, describeIssues, type CuratedText, type CurationSource, type DatasetSource, type Project, type ProjectCuration, type ProjectFacts, type Source, type SourcedText } from './schema'
import { contentHash } from './hash'

export const LANDSCAPE_LICENSE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Project data: CNCF Landscape (landscape.cncf.io), CC BY 4.0',
} as const

export class DatasetBuildError extends Error {
  constructor(message: string, readonly missingCuration: string[] = [], readonly unknownCuration: string[] = []) {
    super(message)
  }
}

export interface BuildInput {
  facts: ProjectFacts[]
  curation: Map<string, ProjectCuration>
  source: Omit<DatasetSource, 'license'>
}

/**
 * Joins landscape facts with our curation into a validated dataset. Every CNCF project needs a
 * curated summary and every curation entry must name a project: both gaps fail, listing the ids.
 */
export function buildDataset({ facts, curation, source }: BuildInput): Dataset {
  const missing = facts.filter((p) => !curation.has(p.id)).map((p) => `${p.id} (${p.name})`)
  const factIds = new Set(facts.map((p) => p.id))
  const unknown = [...curation.keys()].filter((id) => !factIds.has(id)).sort()
  if (missing.length || unknown.length) {
    const parts: string[] = []
    if (missing.length) parts.push(`${missing.length} CNCF project(s) lack a curated summary: ${missing.join(', ')}`)
    if (unknown.length) parts.push(`${unknown.length} curation entr${unknown.length === 1 ? 'y names' : 'ies name'} no CNCF project: ${unknown.join(', ')}`)
    throw new DatasetBuildError(parts.join('\n'), missing, unknown)
  }
  const projects: Project[] = [...facts]
    .sort((a, b) => a.id.localeCompare(b.id, 'en'))
    .map((p) => {
      const c = curation.get(p.id)!
      const pin = (text: CuratedText): SourcedText => ({ ...text, sources: text.sources.map((s) => pinSource(s, source)) })
      return { ...p, summary: pin(c.summary), highlights: c.highlights.map(pin), ...(c.articleSection ? { articleSection: c.articleSection } : {}) }
    })
  return finishDataset({ ...source, license: { ...LANDSCAPE_LICENSE } }, projects)
}

/** The landscape file as it was at the snapshot's commit: what a "landscape" source points a reader to. */
export function snapshotUrl(source: Pick<DatasetSource, 'url' | 'revision'>): string {
  const commit = /^[0-9a-f]{40}$/.test(source.revision)
  return commit && /^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(source.url) ? `${source.url}/blob/${source.revision}/landscape.yml` : source.url
}

/** A curation source as the dataset carries it: "the landscape" becomes the snapshot built from. */
function pinSource(source: CurationSource, built: BuildInput['source']): Source {
  return source.kind === 'landscape' ? { kind: 'landscape', url: snapshotUrl(built), date: built.date } : source
}

/** Stamps version and generatedAt on projects and validates the whole document. */
export function finishDataset(source: DatasetSource, projects: Project[]): Dataset {
  const version = contentHash(JSON.stringify({ source, projects }))
  const candidate = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    version,
    // Derived from the source date, not the clock, so two builds of one input are byte-identical.
    generatedAt: `${source.date}T00:00:00.000Z`,
    source,
    projects,
  }
  const parsed = Dataset.safeParse(candidate)
  if (!parsed.success) throw new DatasetBuildError(`the built dataset is invalid:\n${describeIssues(parsed.error)}`)
  return parsed.data
}

/** The bytes written to resources/dataset.json. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`
}
