import { z } from '../zod'
import { HttpUrl, ProjectId } from '../dataset/schema'
import { DownloadFailure } from '../refresh/schema'
import { BADGE_LEVELS, CHECK_SECTIONS, CLOMONITOR_RATINGS, HEALTH_SOURCES, type CheckSection } from './constants'

export * from './constants'

export const HealthSourceId = z.enum(HEALTH_SOURCES)
export type HealthSourceId = z.infer<typeof HealthSourceId>

const Score = z.number().min(0).max(100)
const CheckId = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/)
const IsoTime = z.string().min(10).max(40)

export const ClomonitorFigures = z.strictObject({
  /** The project's name at CLOMonitor (the dataset's `clomonitorName`). */
  name: z.string().min(1).max(200),
  /** The global score, 0–100, one decimal. */
  score: Score,
  rating: z.enum(CLOMONITOR_RATINGS),
  sections: z.strictObject(Object.fromEntries(CHECK_SECTIONS.map((s) => [s, Score.optional()])) as Record<CheckSection, z.ZodOptional<typeof Score>>),
  /** Checks that pass on every repository where they ran (CLOMonitor's own "passed" rule). */
  passed: z.array(CheckId).max(100),
  /** Checks that fail on at least one repository; a check in neither list was not run (not applicable). */
  failed: z.array(CheckId).max(100),
  /** When CLOMonitor last updated the project's report. */
  updatedAt: IsoTime.optional(),
})
export type ClomonitorFigures = z.infer<typeof ClomonitorFigures>

export const BestPracticesFigures = z.strictObject({
  id: z.number().int().positive(),
  level: z.enum(BADGE_LEVELS),
  /** 0–300: the hundreds are the level reached, the rest the share of the next level's criteria met. */
  tieredPercentage: z.number().int().min(0).max(300),
  updatedAt: IsoTime.optional(),
})
export type BestPracticesFigures = z.infer<typeof BestPracticesFigures>

export const LFX_PARTS = ['contributors', 'popularity', 'development', 'security'] as const
export type LfxPart = (typeof LFX_PARTS)[number]

export const LfxFigures = z.strictObject({
  slug: z.string().min(1).max(200),
  healthScore: Score.optional(),
  parts: z.strictObject(Object.fromEntries(LFX_PARTS.map((p) => [p, Score.optional()])) as Record<LfxPart, z.ZodOptional<typeof Score>>),
  activeContributors: z.number().int().nonnegative().optional(),
  activeContributorsBefore: z.number().int().nonnegative().optional(),
})
export type LfxFigures = z.infer<typeof LfxFigures>

export interface HealthFiguresBySource {
  clomonitor: ClomonitorFigures
  bestPractices: BestPracticesFigures
  lfx: LfxFigures
}

/** One source and where to read it (a mirror's base URL, set in Settings). */
export const HealthSourceRequest = z.strictObject({ source: HealthSourceId, url: HttpUrl })
export type HealthSourceRequest = z.infer<typeof HealthSourceRequest>

/** A project and its id at each source, as the dataset names them. */
export const HealthTarget = z.strictObject({
  projectId: ProjectId,
  clomonitor: z.string().min(1).max(200).optional(),
  bestPractices: z.number().int().positive().optional(),
  lfx: z.string().min(1).max(200).optional(),
})
export type HealthTarget = z.infer<typeof HealthTarget>

export const FetchHealthRequest = z.strictObject({
  sources: z.array(HealthSourceRequest).min(1).max(HEALTH_SOURCES.length)
    .refine((list) => new Set(list.map((s) => s.source)).size === list.length, 'each source at most once'),
  targets: z.array(HealthTarget).max(5000),
})
export type FetchHealthRequest = z.infer<typeof FetchHealthRequest>

const figuresOf = <T extends z.ZodType>(figures: T) => z.record(ProjectId, figures)

const SourceSuccess = {
  ok: z.literal(true),
  url: z.string(),
  /** Projects asked for that the source does not know. */
  notFound: z.number().int().nonnegative(),
}
const SourceFailure = { ok: z.literal(false), url: z.string(), error: DownloadFailure }

export const ClomonitorResult = z.discriminatedUnion('ok', [
  z.strictObject({ ...SourceSuccess, source: z.literal('clomonitor'), figures: figuresOf(ClomonitorFigures) }),
  z.strictObject({ ...SourceFailure, source: z.literal('clomonitor') }),
])
export const BestPracticesResult = z.discriminatedUnion('ok', [
  z.strictObject({ ...SourceSuccess, source: z.literal('bestPractices'), figures: figuresOf(BestPracticesFigures) }),
  z.strictObject({ ...SourceFailure, source: z.literal('bestPractices') }),
])
export const LfxResult = z.discriminatedUnion('ok', [
  z.strictObject({ ...SourceSuccess, source: z.literal('lfx'), figures: figuresOf(LfxFigures) }),
  z.strictObject({ ...SourceFailure, source: z.literal('lfx') }),
])

/** What one health source gave: its figures by project id, or why it failed (nothing kept from it). */
export const HealthSourceResult = z.union([ClomonitorResult, BestPracticesResult, LfxResult])
export type HealthSourceResult = z.infer<typeof HealthSourceResult>
export type HealthSourceSuccess<S extends HealthSourceId = HealthSourceId> = Extract<HealthSourceResult, { ok: true; source: S }>

export const FetchHealthResult = z.strictObject({ results: z.array(HealthSourceResult) })
export type FetchHealthResult = z.infer<typeof FetchHealthResult>

/** Progress of the health downloads, per source, as requests finish. */
export const HealthProgress = z.strictObject({
  source: HealthSourceId,
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
})
export type HealthProgress = z.infer<typeof HealthProgress>
