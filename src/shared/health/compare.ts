import type { CompareCell, CompareRow } from '../compare/compare'
import type { Project } from '../dataset/schema'
import { progressToNext } from './constants'
import { CLOMONITOR_CHECKS } from './constants'
import { annualReviewState, type AnnualReviewState } from '../projects/facets'
import { lastAuditDate, type HealthIndex } from './health-index'
import { CHECK_SECTIONS, LFX_PARTS, type BadgeLevel, type CheckSection, type HealthSourceId, type LfxPart } from './schema'
import type { ProjectHealth } from './snapshot'
import type { Delta, DecliningReason, TrendMetric } from './trends'

/** Health rows of Compare; their labels live under `health.rows.` in the renderer. */
export const HEALTH_ROW_IDS = [
  'clomonitorScore', 'clomonitorSections', 'failedChecks', 'bestPractices', 'lfxHealth',
  'starsTrend', 'contributorsTrend', 'clomonitorTrend', 'declining', 'advisoryGroup', 'annualReview', 'audits',
] as const
export type HealthRowId = (typeof HEALTH_ROW_IDS)[number]

export function isHealthRow(id: string): id is HealthRowId {
  return (HEALTH_ROW_IDS as readonly string[]).includes(id)
}

/** The health source whose data a row shows (the others show the landscape's): what an export of it must credit. */
const ROW_SOURCE: Partial<Record<HealthRowId, HealthSourceId>> = {
  clomonitorScore: 'clomonitor', clomonitorSections: 'clomonitor', failedChecks: 'clomonitor', clomonitorTrend: 'clomonitor',
  bestPractices: 'bestPractices', lfxHealth: 'lfx',
}

/** The health sources whose figures these rows carry (a row with no value carries none). */
export function healthRowSources(rows: readonly { id: string; cells: readonly CompareCell[] }[]): HealthSourceId[] {
  const sources = new Set<HealthSourceId>()
  for (const row of rows) {
    const source = isHealthRow(row.id) ? ROW_SOURCE[row.id] : undefined
    if (source && row.cells.some((cell) => cell.text.trim() !== '')) sources.add(source)
  }
  return [...sources]
}

/** Words the rows need, in the UI's language (the caller translates). */
export interface HealthRowLabels {
  number: (value: number) => string
  formatDate: (date: string) => string
  rating: (rating: string) => string
  section: (section: CheckSection) => string
  check: (id: string) => string
  badge: (level: BadgeLevel, progress: number) => string
  lfxPart: (part: LfxPart, value: number) => string
  /** "+120 stars in 90 days" */
  delta: (metric: TrendMetric, delta: Delta) => string
  declining: (reason: DecliningReason) => string
  annualReview: (state: AnnualReviewState, date: string | undefined) => string
  audits: (count: number, last: string | undefined) => string
  advisoryGroup: (name: string) => string
}

type Best = 'max' | 'min' | undefined

interface RowSpec {
  id: HealthRowId
  /** The number "best" is judged by; undefined where the project has none. */
  rank?: (health: ProjectHealth | undefined, project: Project, index: HealthIndex) => number | undefined
  best?: Best
  cell: (health: ProjectHealth | undefined, project: Project, index: HealthIndex) => CompareCell
}

const text = (value: string | undefined): CompareCell => ({ text: value ?? '' })
const list = (items: string[]): CompareCell => ({ text: items.join(', '), items })

function trendRow(id: HealthRowId, metric: TrendMetric, labels: HealthRowLabels): RowSpec {
  return {
    id,
    best: 'max',
    rank: (_h, p, index) => index.trends.get(p.id)?.deltas[metric]?.change,
    cell: (_h, p, index) => {
      const trend = index.trends.get(p.id)
      const delta = trend?.deltas[metric]
      const series = trend?.series[metric] ?? []
      return { text: delta ? labels.delta(metric, delta) : '', ...(series.length > 1 ? { series } : {}) }
    },
  }
}

/**
 * Compare's health rows: CLOMonitor, the badge, LFX, the three trends (drawn as sparklines side
 * by side), the declining marker, TAGs, annual review and audits. In a row whose values can be
 * ranked, the best cell is marked (highest score, fewest failed checks, biggest gain); a row is
 * left out when no project has a value. Ties share the mark; when all are equal, none is marked.
 */
export function healthCompareRows(projects: readonly Project[], index: HealthIndex, labels: HealthRowLabels, today: string): CompareRow[] {
  const specs: RowSpec[] = [
    {
      id: 'clomonitorScore', best: 'max',
      rank: (h) => h?.clomonitor?.score,
      cell: (h) => text(h?.clomonitor ? `${labels.number(h.clomonitor.score)} · ${labels.rating(h.clomonitor.rating)}` : undefined),
    },
    {
      id: 'clomonitorSections',
      cell: (h) => list(CHECK_SECTIONS.flatMap((s) => {
        const value = h?.clomonitor?.sections[s]
        return value === undefined ? [] : [`${labels.section(s)} ${labels.number(Math.round(value))}`]
      })),
    },
    {
      id: 'failedChecks', best: 'min',
      rank: (h) => h?.clomonitor?.failed.length,
      cell: (h) => (h?.clomonitor ? list(CLOMONITOR_CHECKS.filter((c) => h.clomonitor!.failed.includes(c.id)).map((c) => labels.check(c.id))) : text(undefined)),
    },
    {
      id: 'bestPractices', best: 'max',
      rank: (h) => h?.bestPractices?.tieredPercentage,
      cell: (h) => text(h?.bestPractices ? labels.badge(h.bestPractices.level, progressToNext(h.bestPractices)) : undefined),
    },
    {
      id: 'lfxHealth', best: 'max',
      rank: (h) => h?.lfx?.healthScore,
      cell: (h) => {
        const lfx = h?.lfx
        if (lfx?.healthScore === undefined) return text(undefined)
        const parts = LFX_PARTS.flatMap((part) => (lfx.parts[part] === undefined ? [] : [labels.lfxPart(part, lfx.parts[part]!)]))
        return { text: [labels.number(lfx.healthScore), ...parts].join(', '), items: [labels.number(lfx.healthScore), ...parts] }
      },
    },
    trendRow('starsTrend', 'stars', labels),
    trendRow('contributorsTrend', 'contributors', labels),
    trendRow('clomonitorTrend', 'clomonitor', labels),
    {
      id: 'declining',
      cell: (_h, p, index) => {
        const reason = index.trends.get(p.id)?.declining
        return text(reason ? labels.declining(reason) : undefined)
      },
    },
    { id: 'advisoryGroup', cell: (_h, p) => list((p.advisoryGroups ?? []).map(labels.advisoryGroup)) },
    {
      id: 'annualReview',
      cell: (_h, p) => {
        const state = annualReviewState(p, today)
        return text(state === 'none' ? undefined : labels.annualReview(state, p.lastAnnualReview))
      },
    },
    {
      id: 'audits', best: 'max',
      rank: (_h, p) => (p.audits.length > 0 ? p.audits.length : undefined),
      cell: (_h, p) => text(p.audits.length > 0 ? labels.audits(p.audits.length, lastAuditDate(p)) : undefined),
    },
  ]
  return specs.flatMap((spec) => {
    const healthOf = (p: Project) => index.figures.get(p.id)
    const cells = projects.map((p) => spec.cell(healthOf(p), p, index))
    if (!cells.some((c) => c.text.trim() !== '')) return []
    if (spec.best && spec.rank) {
      const ranks = projects.map((p) => spec.rank!(healthOf(p), p, index))
      const known = ranks.filter((r): r is number => r !== undefined)
      // One project with a value has nothing to beat: no mark.
      if (known.length > 1 && new Set(known).size > 1) {
        const target = spec.best === 'max' ? Math.max(...known) : Math.min(...known)
        ranks.forEach((r, i) => { if (r === target) cells[i] = { ...cells[i], best: true } })
      }
    }
    const distinct = new Set(cells.map((c) => c.text.trim().toLowerCase()))
    return [{ id: spec.id, group: 'health' as const, cells, differs: distinct.size > 1 }]
  })
}
