import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Dataset, Maturity, Project } from '../src/shared/dataset/schema'
import { ROOT } from './target'

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

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ё/g, 'е')

/**
 * The search as the product describes it: every word of the query appears, ignoring case and
 * accents, in the project's name, summary, tags, highlights or categories. `extra` adds the
 * fields the app may also look at (id, upstream description): specs pick queries whose
 * answer is the same either way, so they do not depend on that detail.
 */
export function matchesSearch(project: Project, query: string, extra = false): boolean {
  const text = fold([
    project.name, project.summary?.en ?? '', project.summary?.ru ?? '', project.category, project.subcategory,
    ...project.extraPlacements.flatMap((p) => [p.category, p.subcategory]), ...project.tags,
    ...project.highlights.flatMap((h) => [h.en, h.ru]),
    ...(extra ? [project.id, project.upstreamDescription ?? ''] : []),
  ].join('\n'))
  return fold(query).split(/\s+/).filter(Boolean).every((word) => text.includes(word))
}

/** The projects a query finds among `list`, or undefined when the answer depends on the extra fields. */
export function searchResults(list: readonly Project[], query: string): Project[] | undefined {
  const found = list.filter((p) => matchesSearch(p, query))
  return found.length === list.filter((p) => matchesSearch(p, query, true)).length ? found : undefined
}

/**
 * Entered the CNCF through the Sandbox, as the product defines it: accepted on or after the day the
 * Sandbox opened (2018-02-27, cncf/toc 7699babc), and not straight into incubation (no level dated
 * on the day of acceptance).
 */
export const enteredThroughSandbox = (p: Project): boolean =>
  p.dates.accepted !== undefined && p.dates.accepted >= '2018-02-27' && p.dates.incubating !== p.dates.accepted && p.dates.graduated !== p.dates.accepted
