import type { Maturity } from '../dataset/schema'
import type { EntryLevel } from '../projects/entry'
import type { ArticleCohort, Stage } from './article-cohort'
import type { CategoryBar, CategoryLevel } from './categories'
import { FATES, type Cohort, type Fate } from './cohorts'
import type { Intake, IntakeBar } from './intake'
import { MOVEMENT_KINDS, type Movement, type MovementBar, type MovementKind } from './movements'
import type { Selection } from './scope'
import { yearsFromDays } from './time'

/**
 * A chart's numbers as a table: what "show as table" draws and what CSV writes, so both always
 * say what the chart says. Cells hold raw values (counts, shares from 0 to 1, years, ISO dates);
 * the view formats them for the reader's language.
 */
export type ChartValue = string | number | null

export interface ChartColumn {
  id: string
  header: string
  format: 'text' | 'count' | 'share' | 'years' | 'date'
}

export interface ChartCell {
  value: ChartValue
  /** The projects this number counts, as table facets: the view links it to Projects. */
  selection?: Selection
  /** The project this row is about: the view links it to its page. */
  projectId?: string
}

export interface ChartTable {
  title: string
  columns: ChartColumn[]
  rows: Record<string, ChartCell>[]
}

const cell = (value: ChartValue, extra: Omit<ChartCell, 'value'> = {}): ChartCell => ({ value, ...extra })
const years = (days: number | undefined): number | null => (days === undefined ? null : yearsFromDays(days))

export function intakeTable(data: Intake, labels: { title: string; period: string; total: string; periodLabel: (bar: IntakeBar) => string; group: (key: string) => string }): ChartTable {
  return {
    title: labels.title,
    columns: [
      { id: 'period', header: labels.period, format: 'text' },
      ...data.groups.map((group) => ({ id: group, header: labels.group(group), format: 'count' as const })),
      { id: 'total', header: labels.total, format: 'count' },
    ],
    rows: data.bars.map((bar) => ({
      period: cell(labels.periodLabel(bar)),
      ...Object.fromEntries(data.groups.map((group) => [group, cell(bar.segments[group].ids.length, { selection: bar.segments[group].selection })])),
      total: cell(bar.total, { selection: { year: [bar.year] } }),
    })),
  }
}

export interface CohortLabels {
  title: string
  year: string
  size: string
  fate: (fate: Fate) => string
  share: (fate: Fate) => string
  promoted: string
  medianYears: string
  fastestYears: string
  slowestYears: string
  survivalAfter: (years: number) => string
}

export function cohortsTable(list: readonly Cohort[], labels: CohortLabels): ChartTable {
  const longest = Math.max(0, ...list.map((c) => c.survival.length))
  const survivalYears = Array.from({ length: longest }, (_, i) => i).filter((i) => i > 0)
  return {
    title: labels.title,
    columns: [
      { id: 'year', header: labels.year, format: 'text' },
      { id: 'size', header: labels.size, format: 'count' },
      ...FATES.flatMap((fate) => [
        { id: fate, header: labels.fate(fate), format: 'count' as const },
        { id: `${fate}Share`, header: labels.share(fate), format: 'share' as const },
      ]),
      { id: 'promotedEver', header: labels.promoted, format: 'count' },
      { id: 'medianYears', header: labels.medianYears, format: 'years' },
      { id: 'fastestYears', header: labels.fastestYears, format: 'years' },
      { id: 'slowestYears', header: labels.slowestYears, format: 'years' },
      ...survivalYears.map((y) => ({ id: `survival${y}`, header: labels.survivalAfter(y), format: 'share' as const })),
    ],
    rows: list.map((c) => ({
      year: cell(c.year),
      size: cell(c.size, { selection: c.selection }),
      ...Object.fromEntries(FATES.flatMap((fate) => [
        [fate, cell(c.fates[fate].ids.length, { selection: c.fates[fate].selection })],
        [`${fate}Share`, cell(c.size ? c.fates[fate].share : null)],
      ])),
      promotedEver: cell(c.promotion.count),
      medianYears: cell(years(c.promotion.medianDays)),
      fastestYears: cell(years(c.promotion.minDays)),
      slowestYears: cell(years(c.promotion.maxDays)),
      ...Object.fromEntries(survivalYears.map((y) => [`survival${y}`, cell(c.survival[y]?.share ?? null)])),
    })),
  }
}

export const STAGE_LEVELS: readonly Stage['level'][] = ['sandbox', 'incubating', 'graduated', 'archived']

export interface ArticleLabels {
  title: string
  project: string
  accepted: string
  now: string
  maturity: (m: Maturity) => string
  yearsAt: (level: Stage['level']) => string
  path: string
  level: (level: EntryLevel | 'archived') => string
  status: string
}

/** Years spent at each level; the last stage is the time at today's level. */
export function articleTable(data: ArticleCohort, labels: ArticleLabels, formatDate: (date: string) => string): ChartTable {
  const withStatus = data.projects.some((p) => p.status)
  const levels = STAGE_LEVELS.filter((level) => data.projects.some((p) => p.stages.some((s) => s.level === level)))
  return {
    title: labels.title,
    columns: [
      { id: 'project', header: labels.project, format: 'text' },
      { id: 'accepted', header: labels.accepted, format: 'date' },
      { id: 'now', header: labels.now, format: 'text' },
      ...levels.map((level) => ({ id: `years-${level}`, header: labels.yearsAt(level), format: 'years' as const })),
      { id: 'path', header: labels.path, format: 'text' },
      ...(withStatus ? [{ id: 'status', header: labels.status, format: 'text' as const }] : []),
    ],
    rows: data.projects.map((p) => ({
      project: cell(p.name, { projectId: p.id }),
      accepted: cell(p.accepted),
      now: cell(labels.maturity(p.maturity)),
      ...Object.fromEntries(levels.map((level) => {
        const days = p.stages.filter((s) => s.level === level).reduce((sum, s) => sum + s.days, 0)
        return [`years-${level}`, cell(p.stages.some((s) => s.level === level) ? yearsFromDays(days) : null)]
      })),
      path: cell(p.stages.map((s) => `${labels.level(s.level)} ${formatDate(s.from)}`).join(' → ')),
      ...(withStatus ? { status: cell(p.status ?? null) } : {}),
    })),
  }
}

export function movementsTable(bars: readonly MovementBar[], labels: { title: string; period: string; total: string; periodLabel: (period: string) => string; kind: (k: MovementKind) => string }): ChartTable {
  return {
    title: labels.title,
    columns: [
      { id: 'period', header: labels.period, format: 'text' },
      ...MOVEMENT_KINDS.map((kind) => ({ id: kind, header: labels.kind(kind), format: 'count' as const })),
      { id: 'total', header: labels.total, format: 'count' },
    ],
    rows: bars.map((bar) => ({
      period: cell(labels.periodLabel(bar.period)),
      ...Object.fromEntries(MOVEMENT_KINDS.map((kind) => [kind, cell(bar.byKind[kind].length)])),
      total: cell(bar.total),
    })),
  }
}

export function movementListTable(list: readonly Movement[], labels: { title: string; date: string; project: string; move: string; describe: (m: Movement) => string }): ChartTable {
  return {
    title: labels.title,
    columns: [
      { id: 'date', header: labels.date, format: 'date' },
      { id: 'project', header: labels.project, format: 'text' },
      { id: 'move', header: labels.move, format: 'text' },
    ],
    rows: list.map((m) => ({ date: cell(m.date), project: cell(m.name, { projectId: m.projectId }), move: cell(labels.describe(m)) })),
  }
}

export function categoriesTable(bars: readonly CategoryBar[], level: CategoryLevel, labels: { title: string; name: string; categories: string; count: string }): ChartTable {
  return {
    title: labels.title,
    columns: [
      { id: 'name', header: labels.name, format: 'text' },
      ...(level === 'subcategory' ? [{ id: 'categories', header: labels.categories, format: 'text' as const }] : []),
      { id: 'count', header: labels.count, format: 'count' },
    ],
    rows: bars.map((bar) => ({
      name: cell(bar.name),
      ...(level === 'subcategory' ? { categories: cell(bar.categories.join(', ')) } : {}),
      count: cell(bar.ids.length, { selection: bar.selection }),
    })),
  }
}
