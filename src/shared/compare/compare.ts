import type { Placement, Project, Source } from '../dataset/schema'
import { LINK_KINDS } from '../dataset/constants'
import { primaryFigures } from '../dataset/figures'
import type { HealthRowId } from '../health/compare'
import type { Point } from '../health/trends'
import { markdownToText } from '../notes/plain-text'

/** What the user has said about a project, as Compare shows it. */
export interface ProjectUserData {
  lists: string[]
  tags: string[]
  noteExcerpt?: string
  /** The evaluation status's name and the day it was last decided, as shown. */
  status?: string
  lastDecided?: string
  /** Every field of the user's, in their order, with this project's value as shown ('' when unset). */
  fields?: { id: string; label: string; text: string }[]
}

export const MAX_COMPARE = 6
export const MIN_COMPARE = 2

/** Row ids double as i18n keys under `compare.rows.` in the renderer. */
export type CompareRowId =
  | 'maturity' | 'accepted' | 'incubating' | 'graduated' | 'archived' | 'category' | 'placements'
  | 'tags' | 'personas' | 'integrations' | 'highlights' | 'license' | 'stars' | 'contributors'
  | 'languages' | 'latestRelease' | 'repositories' | 'links' | 'lists' | 'userTags' | 'note' | 'status' | 'lastDecided'
  | HealthRowId
  /** A field the user defined: its row carries the field's name as `label`. */
  | `field:${string}`

export interface CompareCell {
  /** Plain text of the cell: what "differs" compares (exports take its values: compareCellValues). */
  text: string
  /** Separate values when the cell is a list (rendered as chips or lines). */
  items?: string[]
  links?: { label: string; url: string }[]
  /** The best value of its row (health rows mark it). */
  best?: boolean
  /** A trend to draw beside the text, oldest point first. */
  series?: Point[]
  /** What exports write instead of `items`, when they carry more than the view lists (highlights with their sources). */
  exportItems?: string[]
}

export interface CompareRow {
  id: CompareRowId
  group: 'facts' | 'figures' | 'health' | 'links' | 'mine'
  cells: CompareCell[]
  differs: boolean
  /** The row's name where it is not a translation key (a field the user named). */
  label?: string
}

export interface CompareOptions {
  language: 'en' | 'ru'
  /** Display text for maturity values (translated by the caller). */
  maturityLabel: (maturity: Project['maturity']) => string
  /** Display text for link kinds (translated by the caller). */
  linkLabel: (kind: string) => string
  formatDate: (date: string) => string
  /** A curated statement's source as text (translated by the caller): exports carry it with the highlight. */
  sourceLabel: (source: Source) => string
  /** Display text for placements and personas (the caller translates them; as upstream names them by default). */
  placementLabel?: (placement: Placement) => string
  personaLabel?: (persona: string) => string
}

const list = (items: string[]): CompareCell => ({ text: items.join(', '), items })
const text = (value: string | undefined): CompareCell => ({ text: value ?? '' })


/**
 * The attribute rows for projects side by side. A row is left out when no project has a value
 * for it (no empty "Graduated" row for a Sandbox-only comparison); `differs` is true when the
 * projects' values are not all equal.
 */
export function compareRows(projects: Project[], userData: Map<string, ProjectUserData>, options: CompareOptions): CompareRow[] {
  const { language, maturityLabel, linkLabel, formatDate, sourceLabel } = options
  const placement = options.placementLabel ?? ((p: Placement) => `${p.category} › ${p.subcategory}`)
  const persona = options.personaLabel ?? ((name: string) => name)
  const date = (value: string | undefined) => text(value ? formatDate(value) : undefined)
  const rows: [CompareRowId, CompareRow['group'], (p: Project) => CompareCell, string?][] = [
    ['maturity', 'facts', (p) => text(maturityLabel(p.maturity))],
    ['accepted', 'facts', (p) => date(p.dates.accepted)],
    ['incubating', 'facts', (p) => date(p.dates.incubating)],
    ['graduated', 'facts', (p) => date(p.dates.graduated)],
    ['archived', 'facts', (p) => date(p.dates.archived)],
    ['category', 'facts', (p) => text(placement(p))],
    ['placements', 'facts', (p) => list(p.extraPlacements.map(placement))],
    ['tags', 'facts', (p) => list(p.tags)],
    ['personas', 'facts', (p) => list(p.personas.map(persona))],
    ['integrations', 'facts', (p) => list(p.integrations)],
    ['highlights', 'facts', (p) => ({
      // The view lists the highlights; exports give each one its sources.
      text: p.highlights.map((h) => h[language]).join('\n'),
      items: p.highlights.map((h) => h[language]),
      exportItems: p.highlights.map((h) => `${h[language]} (${h.sources.map(sourceLabel).join('; ')})`),
    })],
    ['license', 'figures', (p) => text(primaryFigures(p)?.license)],
    ['stars', 'figures', (p) => text(primaryFigures(p)?.stars?.toLocaleString(language))],
    ['contributors', 'figures', (p) => text(primaryFigures(p)?.contributors?.toLocaleString(language))],
    ['languages', 'figures', (p) => list(Object.entries(primaryFigures(p)?.languages ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name]) => name))],
    ['latestRelease', 'figures', (p) => date(primaryFigures(p)?.latestRelease)],
    ['repositories', 'links', (p) => {
      const links = p.repositories.map((r) => ({ label: r.url.replace(/^https?:\/\/(www\.)?/, ''), url: r.url }))
      return { text: links.map((l) => l.url).join(', '), items: links.map((l) => l.label), links }
    }],
    ['links', 'links', (p) => {
      const links = LINK_KINDS.filter((k) => p.links[k]).map((k) => ({ label: linkLabel(k), url: p.links[k]! }))
      return { text: links.map((l) => `${l.label}: ${l.url}`).join(', '), items: links.map((l) => l.label), links }
    }],
    ['lists', 'mine', (p) => list(userData.get(p.id)?.lists ?? [])],
    ['userTags', 'mine', (p) => list(userData.get(p.id)?.tags ?? [])],
    ['note', 'mine', (p) => text(userData.get(p.id)?.noteExcerpt)],
    ['status', 'mine', (p) => text(userData.get(p.id)?.status)],
    ['lastDecided', 'mine', (p) => text(userData.get(p.id)?.lastDecided)],
  ]
  const fields = projects.length ? userData.get(projects[0].id)?.fields ?? [] : []
  const fieldRows = fields.map(({ id, label }): [CompareRowId, CompareRow['group'], (p: Project) => CompareCell, string] =>
    [`field:${id}`, 'mine', (p) => text(userData.get(p.id)?.fields?.find((f) => f.id === id)?.text), label])
  return [...rows, ...fieldRows]
    .map(([id, group, cellOf, label]) => {
      const cells = projects.map(cellOf)
      const distinct = new Set(cells.map((c) => c.text.trim().toLowerCase()))
      return { id, group, cells, differs: distinct.size > 1, ...(label ? { label } : {}) }
    })
    .filter((row) => row.cells.some((cell) => cell.text.trim() !== ''))
}

/** Adds an id to the picks, refusing duplicates and a seventh project. */
export function addPick(picks: readonly string[], id: string): { picks: string[]; added: boolean; full: boolean } {
  if (picks.includes(id)) return { picks: [...picks], added: false, full: false }
  if (picks.length >= MAX_COMPARE) return { picks: [...picks], added: false, full: true }
  return { picks: [...picks, id], added: true, full: false }
}

/** Moves the pick at `from` by `delta` places (-1 left, +1 right), clamped to the ends. */
export function movePick(picks: readonly string[], from: number, delta: number): string[] {
  const to = Math.min(picks.length - 1, Math.max(0, from + delta))
  const next = [...picks]
  const [moved] = next.splice(from, 1)
  next.splice(to, 0, moved)
  return next
}

/** First characters of a note as one line, for the Compare "Note" row. */
export function noteExcerpt(markdown: string, max = 160): string {
  // Only the start is needed: a bounded prefix keeps a huge note as cheap as a short one.
  const plain = markdownToText(markdown.slice(0, max * 50), { images: 'drop', code: 'drop', dropChars: '#>*_`~|-', dropAs: ' ' })
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain
}
