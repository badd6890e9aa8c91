import { z } from '../zod'
import { isCalendarDay } from '../calendar-day'
import { isHttpUrl } from '../url'
import { SLUG_PATTERN } from './slug'
import { DATASET_SCHEMA_VERSION, LINK_KINDS, MATURITIES, type LinkKind } from './constants'

export { DATASET_SCHEMA_VERSION, LINK_KINDS, MATURITIES, type LinkKind } from './constants'

export const Maturity = z.enum(MATURITIES)
export type Maturity = z.infer<typeof Maturity>

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').refine(isCalendarDay, 'not a calendar date')
export const HttpUrl = z.string().refine(isHttpUrl, 'expected an http(s) URL')
export const ProjectId = z.string().regex(SLUG_PATTERN, 'expected a kebab-case id')

export const LocalizedText = z.strictObject({
  en: z.string().trim().min(1, 'English text is empty'),
  ru: z.string().trim().min(1, 'Russian text is empty'),
})
export type LocalizedText = z.infer<typeof LocalizedText>

export const Placement = z.strictObject({ category: z.string().min(1), subcategory: z.string().min(1) })
export type Placement = z.infer<typeof Placement>

/** Figures the landscape API carries for a repository (issue 5 fills them on refresh). */
export const RepositoryFigures = z.strictObject({
  stars: z.number().int().nonnegative().optional(),
  contributors: z.number().int().nonnegative().optional(),
  languages: z.record(z.string(), z.number().nonnegative()).optional(),
  license: z.string().optional(),
  latestRelease: z.string().optional(),
  fetchedAt: z.string(),
})
export type RepositoryFigures = z.infer<typeof RepositoryFigures>

export const Repository = z.strictObject({
  url: HttpUrl,
  branch: z.string().optional(),
  primary: z.boolean(),
  figures: RepositoryFigures.optional(),
})
export type Repository = z.infer<typeof Repository>

export const MaturityDates = z.strictObject({
  accepted: IsoDate.optional(),
  incubating: IsoDate.optional(),
  graduated: IsoDate.optional(),
  archived: IsoDate.optional(),
  joined: IsoDate.optional(),
})
export type MaturityDates = z.infer<typeof MaturityDates>

export const Links = z.strictObject(
  Object.fromEntries(LINK_KINDS.map((k) => [k, HttpUrl.optional()])) as Record<LinkKind, z.ZodOptional<typeof HttpUrl>>,
)
export type Links = z.infer<typeof Links>

export const Audit = z.strictObject({
  date: IsoDate.optional(),
  type: z.string().optional(),
  url: HttpUrl,
  vendor: z.string().optional(),
})
export type Audit = z.infer<typeof Audit>

export const NamedLink = z.strictObject({ name: z.string().min(1), url: HttpUrl })
export type NamedLink = z.infer<typeof NamedLink>

/** What the landscape says about a project: facts only, no prose of ours. */
export const ProjectFacts = z.strictObject({
  id: ProjectId,
  name: z.string().min(1),
  maturity: Maturity,
  dates: MaturityDates,
  category: z.string().min(1),
  subcategory: z.string().min(1),
  extraPlacements: z.array(Placement),
  repositories: z.array(Repository),
  links: Links,
  chatChannel: z.string().optional(),
  clomonitorName: z.string().optional(),
  lfxSlug: z.string().optional(),
  audits: z.array(Audit),
  otherLinks: z.array(NamedLink),
  tags: z.array(z.string().min(1)),
  personas: z.array(z.string().min(1)),
  integrations: z.array(z.string().min(1)),
  specification: z.boolean().optional(),
  /**
   * The CNCF Technical Advisory Groups the project reports to, by short name ("security",
   * "app-delivery"): the API's `tag`, landscape.yml's `extra.tag` or `extra.cncf_tags` links.
   */
  advisoryGroups: z.array(z.string().regex(/^[a-z][a-z-]{0,39}$/)).optional(),
  /** The day of the project's latest annual review, where the landscape records one. */
  lastAnnualReview: IsoDate.optional(),
  logo: z.string().optional(),
  /** Upstream's own description, shown attributed; only live refreshes fill it (issue 5). */
  upstreamDescription: z.string().optional(),
  /**
   * The landscape API's `summary.use_case`, `summary.business_use_case` and `summary.release_rate`:
   * upstream words, shown attributed like the description; only live refreshes from the API fill them.
   */
  upstreamUseCase: z.string().max(4000).optional(),
  upstreamBusinessUseCase: z.string().max(4000).optional(),
  upstreamReleaseRate: z.string().max(500).optional(),
})
export type ProjectFacts = z.infer<typeof ProjectFacts>

/**
 * The sections of the 2023 Sandbox review article (../shared/seed, in Russian) the product
 * started from: one per project it reviews. Its contents also list KubeStellar, which has no section.
 */
export const ARTICLE_SECTIONS = [
  'Clusternet', 'Copa', 'Easegress', 'Eraser', 'Headlamp', 'HwameiStor', 'Inspektor Gadget', 'K8sGPT', 'Kanister', 'KCL',
  'kcp', 'Kepler', 'kpt', 'Krkn', 'Kuasar', 'Kube-burner', 'KubeClipper', 'Logging operator', 'Microcks', 'PipeCD',
  'SlimToolkit', 'SOPS', 'Spiderpool', 'Xline',
] as const
export const ArticleSection = z.enum(ARTICLE_SECTIONS)
export type ArticleSection = z.infer<typeof ArticleSection>

/**
 * Where a curated statement comes from, as the curation files record it: a section of the 2023
 * review article, the landscape snapshot the dataset is built from, or a public page.
 */
export const CurationSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('article'), section: ArticleSection }),
  z.strictObject({ kind: z.literal('landscape') }),
  z.strictObject({ kind: z.literal('url'), url: HttpUrl }),
])
export type CurationSource = z.infer<typeof CurationSource>

/**
 * The same, as the dataset carries it: the generator pins a landscape source to the snapshot it
 * built from (a link a reader can open, and its date), so it stays true after a live refresh.
 */
export const Source = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('article'), section: ArticleSection }),
  z.strictObject({ kind: z.literal('landscape'), url: HttpUrl, date: IsoDate }),
  z.strictObject({ kind: z.literal('url'), url: HttpUrl }),
])
export type Source = z.infer<typeof Source>

const sourcesOf = <S extends z.ZodType>(source: S) => z.array(source).min(1, 'a curated statement needs at least one source')

/** A curated statement in both languages with the sources that support it. */
export const CuratedText = LocalizedText.extend({ sources: sourcesOf(CurationSource) })
export type CuratedText = z.infer<typeof CuratedText>
export const SourcedText = LocalizedText.extend({ sources: sourcesOf(Source) })
export type SourcedText = z.infer<typeof SourcedText>

/** Our own words about a project, curated under resources/curation. */
export const ProjectCuration = z.strictObject({
  summary: CuratedText,
  highlights: z.array(CuratedText).default([]),
  /** The article section that reviews the project; absent when the article does not review it. */
  articleSection: ArticleSection.optional(),
})
export type ProjectCuration = z.infer<typeof ProjectCuration>

export const Project = z.strictObject({
  ...ProjectFacts.shape,
  /**
   * Our curated summary. Every project in the bundled dataset has one (the generator refuses to
   * build without); a project that appeared upstream after the bundle was made arrives by live
   * refresh without one, and the UI shows its attributed upstream description instead.
   */
  summary: SourcedText.optional(),
  highlights: z.array(SourcedText),
  /** The section of the 2023 review article on this project (reviewed there); absent otherwise. */
  articleSection: ArticleSection.optional(),
})
export type Project = z.infer<typeof Project>

/** What we write about a project, as opposed to the facts upstream publishes. */
export type Curated = Pick<Project, 'summary' | 'highlights' | 'articleSection'>

export const DatasetSource = z.strictObject({
  name: z.string().min(1),
  url: HttpUrl,
  /** Commit, branch or API build the facts came from. */
  revision: z.string().min(1),
  /** The day the source snapshot was taken. */
  date: IsoDate,
  license: z.strictObject({ name: z.literal('CC BY 4.0'), url: HttpUrl, attribution: z.string().min(1) }),
  /** Set when the app refreshed this data from a live source, naming its format (issue 5). */
  live: z.enum(['api', 'yaml']).optional(),
})
export type DatasetSource = z.infer<typeof DatasetSource>

export const Dataset = z.strictObject({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  /** Content hash of source and projects: equal versions mean equal data. */
  version: z.string().regex(/^[0-9a-f]{16}$/),
  generatedAt: z.string(),
  source: DatasetSource,
  projects: z.array(Project).superRefine((projects, ctx) => {
    const seen = new Set<string>()
    projects.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', message: `duplicate project id "${p.id}"`, path: [i, 'id'] })
      seen.add(p.id)
    })
  }),
})
export type Dataset = z.infer<typeof Dataset>

/** Formats Zod issues as "projects[3].summary.ru: Russian text is empty" lines for people. */
export function describeIssues(error: z.ZodError, limit = 10): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.reduce<string>((acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key), '')
    return `${where || '(document)'}: ${issue.message}`
  })
  if (error.issues.length > limit) lines.push(`… and ${error.issues.length - limit} more`)
  return lines.join('\n')
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string }

/** Validates an unknown document as a dataset, with a readable error naming the paths. */
export function parseDataset(input: unknown): ParseResult<Dataset> {
  if (typeof input === 'object' && input !== null && 'schemaVersion' in input &&
      typeof input.schemaVersion === 'number' && input.schemaVersion > DATASET_SCHEMA_VERSION) {
    return { ok: false, error: `dataset schema version ${input.schemaVersion} is newer than this app understands (${DATASET_SCHEMA_VERSION}); update Sandscape` }
  }
  const result = Dataset.safeParse(input)
  return result.success ? { ok: true, value: result.data } : { ok: false, error: describeIssues(result.error) }
}
