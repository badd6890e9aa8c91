import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Dataset, Maturity, Project } from '../src/shared/dataset/schema'
import { ROOT } from './target'
import { ProjectSearchIndex } from '../src/shared/search/search-index'
import { searchDocument } from '../src/shared/projects/rows'

/**
 * The bundled dataset, which specs read to compute what the app should show instead of
 * hard-coding counts or names (the file is regenerated from the landscape now and then).
 */
export const dataset: Dataset = JSON.parse(readFileSync(path.join(ROOT, 'resources', 'dataset.json'), 'utf8'))
export const projects: Project[] = dataset.projects
/** The table's default: Maturity = Sandbox. */
export const sandbox = projects.filter((p) => p.maturity === 'sandbox')

export const byName = (name: string): Project => {
  const found = projects.find((p) => p.name === name)
  if (!found) throw new Error(`no project named ${name} in resources/dataset.json`)
  return found
}

export const byId = (id: string): Project => {
  const found = projects.find((p) => p.id === id)
  if (!found) throw new Error(`no project with id ${id} in resources/dataset.json`)
  return found
}

export const names = (list: readonly Project[]): string[] => list.map((p) => p.name).sort()

/** The facets as the user sees them: a project's categories include its extra placements. */
export const isMaturity = (...maturities: Maturity[]) => (p: Project) => maturities.includes(p.maturity)
export const inCategory = (category: string) => (p: Project) => p.category === category || p.extraPlacements.some((x) => x.category === category)
export const acceptedIn = (year: string) => (p: Project) => p.dates.accepted?.slice(0, 4) === year

/** The maturity values as the UI labels them in English. */
export const MATURITY_LABEL: Record<Maturity, string> = { sandbox: 'Sandbox', incubating: 'Incubating', graduated: 'Graduated', archived: 'Archived' }

/**
 * The projects a query finds among `list`, in the list's order: the app's own ranked search
 * (src/shared/search, whose behaviour unit tests pin down on hand-written cases in both
 * languages), so the journeys check the wiring, not the ranking rules again.
 */
export function searchResults(list: readonly Project[], query: string): Project[] {
  const found = new Set(ProjectSearchIndex.build(list.map((p) => searchDocument(p))).rankedIds(query))
  return list.filter((p) => found.has(p.id))
}

/** The ids a query ranks first to last among `list` (ties in the list's order). */
export function rankedIds(list: readonly Project[], query: string): string[] {
  return ProjectSearchIndex.build(list.map((p) => searchDocument(p))).rankedIds(query)
}

/**
 * Entered the CNCF through the Sandbox, as the product defines it: accepted on or after the day the
 * Sandbox opened (2018-02-27, cncf/toc 7699babc), and not straight into incubation (no level dated
 * on the day of acceptance).
 */
export const enteredThroughSandbox = (p: Project): boolean =>
  p.dates.accepted !== undefined && p.dates.accepted >= '2018-02-27' && p.dates.incubating !== p.dates.accepted && p.dates.graduated !== p.dates.accepted
