import type { ParseRunner } from '../parsing/task-runner'
import { DownloadError, type FetchLike } from '../refresh/download'
import { BEST_PRACTICES_PAGE_SIZE, bestPracticesPageUrl } from './best-practices'
import { CLOMONITOR_MAX_PAGES, CLOMONITOR_PAGE_SIZE, clomonitorChecksUrl, clomonitorSearchUrl } from './clomonitor'
import { isLfxSlug, lfxInsightsUrl } from './lfx'
import { createLimiter, SourceGate } from './pacing'
import { healthFailure } from './read-answer'
import { getAnswer, HEALTH_LIMITS, hostOf, type HealthLimits, type SourceContext } from './request'
import type {
  BestPracticesFigures, ClomonitorFigures, FetchHealthRequest, FetchHealthResult, HealthProgress, HealthSourceId, HealthSourceRequest,
  HealthSourceResult, HealthTarget, LfxFigures,
} from './schema'

export { HEALTH_LIMITS, type HealthLimits } from './request'

/**
 * A source that answers yet knows none of at least this many projects asked for is taken to be
 * the wrong server (a mirror of something else): its old figures stay instead of being emptied.
 */
const MIN_ASKED_FOR_GUARD = 3

export interface FetchHealthOptions {
  fetch: FetchLike
  signal?: AbortSignal
  onProgress?: (progress: HealthProgress) => void
  limits?: Partial<HealthLimits>
  /** Reads the answers in a worker (src/shared/parsing); absent: inline. */
  parser?: ParseRunner
}

type Figures<S extends HealthSourceId> = S extends 'clomonitor' ? ClomonitorFigures : S extends 'bestPractices' ? BestPracticesFigures : LfxFigures
interface Gathered<S extends HealthSourceId> { figures: Record<string, Figures<S>>; asked: number; notFound: number }

async function readClomonitor(base: string, targets: readonly HealthTarget[], ctx: SourceContext): Promise<Gathered<'clomonitor'>> {
  const wanted = targets.filter((t) => t.clomonitor)
  if (wanted.length === 0) return { figures: {}, asked: 0, notFound: 0 }
  ctx.grow(2)
  // The checks come as one CSV while the scores come page by page.
  const checks = getAnswer('clomonitorChecks', clomonitorChecksUrl(base), ctx)
  checks.catch(() => {})
  const scores = new Map<string, Omit<ClomonitorFigures, 'passed' | 'failed'>>()
  for (let page = 0; page < CLOMONITOR_MAX_PAGES; page++) {
    if (page > 0) ctx.grow(1)
    const { items, count } = (await getAnswer('clomonitorSearch', clomonitorSearchUrl(base, page * CLOMONITOR_PAGE_SIZE), ctx))!
    for (const item of items) scores.set(item.name, item)
    if (count < CLOMONITOR_PAGE_SIZE) break
  }
  const checksByName = new Map(await checks)
  const figures: Record<string, ClomonitorFigures> = {}
  let notFound = 0
  for (const target of wanted) {
    const score = scores.get(target.clomonitor!)
    if (!score) { notFound++; continue }
    figures[target.projectId] = { ...score, ...(checksByName.get(target.clomonitor!) ?? { passed: [], failed: [] }) }
  }
  return { figures, asked: wanted.length, notFound }
}

async function readBestPractices(base: string, targets: readonly HealthTarget[], ctx: SourceContext): Promise<Gathered<'bestPractices'>> {
  const wanted = targets.filter((t) => t.bestPractices)
  const ids = [...new Set(wanted.map((t) => t.bestPractices!))].sort((a, b) => a - b)
  const pages: number[][] = []
  for (let i = 0; i < ids.length; i += BEST_PRACTICES_PAGE_SIZE) pages.push(ids.slice(i, i + BEST_PRACTICES_PAGE_SIZE))
  ctx.grow(pages.length)
  const byId = new Map<number, BestPracticesFigures>()
  await Promise.all(pages.map(async (page) => {
    for (const [id, figures] of (await getAnswer('bestPractices', bestPracticesPageUrl(base, page), ctx))!) byId.set(id, figures)
  }))
  const figures: Record<string, BestPracticesFigures> = {}
  let notFound = 0
  for (const target of wanted) {
    const found = byId.get(target.bestPractices!)
    if (found) figures[target.projectId] = found
    else notFound++
  }
  return { figures, asked: wanted.length, notFound }
}

async function readLfx(base: string, targets: readonly HealthTarget[], ctx: SourceContext): Promise<Gathered<'lfx'>> {
  const wanted = targets.filter((t) => t.lfx && isLfxSlug(t.lfx))
  ctx.grow(wanted.length)
  const figures: Record<string, LfxFigures> = {}
  let notFound = 0
  await Promise.all(wanted.map(async (target) => {
    const found = await getAnswer('lfx', lfxInsightsUrl(base, target.lfx!), ctx, { slug: target.lfx!, allowNotFound: true })
    if (found === undefined) notFound++
    else figures[target.projectId] = found
  }))
  return { figures, asked: wanted.length, notFound }
}

const READERS: { [S in HealthSourceId]: (base: string, targets: readonly HealthTarget[], ctx: SourceContext) => Promise<Gathered<S>> } = {
  clomonitor: readClomonitor,
  bestPractices: readBestPractices,
  lfx: readLfx,
}

async function runSource(request: HealthSourceRequest, targets: readonly HealthTarget[], options: FetchHealthOptions, shared: {
  limit: <T>(task: () => Promise<T>) => Promise<T>
  limits: HealthLimits
}): Promise<HealthSourceResult> {
  const { source, url } = request
  const stop = new AbortController()
  const budget = AbortSignal.timeout(shared.limits.sourceBudgetMs)
  const signal = AbortSignal.any([stop.signal, budget, ...(options.signal ? [options.signal] : [])])
  let done = 0
  let total = 0
  const ctx: SourceContext = {
    source,
    fetch: options.fetch,
    signal,
    gate: new SourceGate(shared.limits.minIntervalMs[source]),
    limit: shared.limit,
    limits: shared.limits,
    progress: () => options.onProgress?.({ source, done: ++done, total: Math.max(total, done) }),
    grow: (requests) => { total += requests },
    strikes: 0,
    parser: options.parser,
  }
  try {
    const { figures, asked, notFound } = await READERS[source](url, targets, ctx)
    const found = Object.keys(figures).length
    if (asked >= MIN_ASKED_FOR_GUARD && found === 0) {
      throw new DownloadError('bad-shape', `${hostOf(url)} knows none of the ${asked} projects asked for: it does not look like this source, so its figures were kept as they were.`)
    }
    return { ok: true, source, url, notFound, figures } as HealthSourceResult
  } catch (error) {
    // The first failure stops the source's other requests; what it says is the source's status.
    stop.abort()
    const failure = options.signal?.aborted ? { kind: 'cancelled' as const, message: 'The download was cancelled.' }
      : budget.aborted ? { kind: 'timeout' as const, message: `${hostOf(url)} did not finish in ${Math.round(shared.limits.sourceBudgetMs / 1000)} s.` }
      : healthFailure(error)
    return { ok: false, source, url, error: failure }
  }
}

/**
 * Reads every requested health source at once, sharing one pool of requests (at most four in
 * flight) while each keeps its own pace and its own status: a source that times out, is rate
 * limited past patience or answers the wrong shape is reported and keeps nothing, and the others
 * carry on. Never throws.
 */
export async function fetchHealth(request: FetchHealthRequest, options: FetchHealthOptions): Promise<FetchHealthResult> {
  const limits = { ...HEALTH_LIMITS, ...options.limits, minIntervalMs: { ...HEALTH_LIMITS.minIntervalMs, ...options.limits?.minIntervalMs } }
  const shared = { limit: createLimiter(limits.concurrency), limits }
  const results = await Promise.all(request.sources.map((source) => runSource(source, request.targets, options, shared)))
  return { results }
}

