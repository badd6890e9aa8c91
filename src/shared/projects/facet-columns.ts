import { FACET_DEFINITIONS, FACETS, filterContext, type Facet, type FacetDefinition, type FilterContext } from './facets'
import type { TableProject } from './rows'

const DEFINITIONS: readonly FacetDefinition[] = FACETS.map((facet) => FACET_DEFINITIONS[facet])

/**
 * One facet's values over a list of projects, as numbers: `values` lists each value once (what
 * the facet's menu offers, at zero when nothing matches), and each project's values are codes
 * into it, `codes[offsets[i] .. offsets[i + 1]]`, or without `offsets` (a facet where no project
 * has two values) `codes[i]`, -1 for none. Filtering and counting then touch typed arrays only.
 */
export interface FacetColumn {
  values: string[]
  codes: Int32Array
  offsets?: Int32Array
}

function buildColumn(projects: readonly TableProject[], index: number, context: FilterContext): FacetColumn {
  const n = projects.length
  const codeOf = new Map<string, number>()
  const values: string[] = []
  const offsets = new Int32Array(n + 1)
  let codes = new Int32Array(Math.max(16, n))
  let length = 0
  let single = true
  for (let i = 0; i < n; i++) {
    const start = length
    // Straight from the definition: keeping every project's values too would double the memory.
    for (const value of DEFINITIONS[index].values(projects[i], context)) {
      let code = codeOf.get(value)
      if (code === undefined) {
        code = values.length
        codeOf.set(value, code)
        values.push(value)
      }
      let seen = false
      for (let k = start; k < length && !seen; k++) seen = codes[k] === code
      if (seen) continue
      if (length === codes.length) { const grown = new Int32Array(length * 2); grown.set(codes); codes = grown }
      codes[length++] = code
    }
    if (length - start > 1) single = false
    offsets[i + 1] = length
  }
  if (!single) return { values, codes: codes.slice(0, length), offsets }
  const one = new Int32Array(n).fill(-1)
  for (let i = 0; i < n; i++) if (offsets[i + 1] > offsets[i]) one[i] = codes[offsets[i]]
  return { values, codes: one }
}

// Columns of the facets that read only the project, per projects array; of those that read the
// context, per projects array too, with the part of the context each was made from (a change of
// the user's lists leaves the health facets' columns as they are).
const ownColumns = new WeakMap<readonly TableProject[], FacetColumn[]>()
const contextColumns = new WeakMap<readonly TableProject[], { source: unknown; column: FacetColumn }[]>()

/**
 * The columns of the facets that read only the project (the rest read the user's data): made once
 * per dataset and stored with the table's snapshot, so a start-up reads them instead of making them.
 */
export function projectFacetColumns(projects: readonly TableProject[]): Partial<Record<Facet, FacetColumn>> {
  const context = filterContext()
  return Object.fromEntries(FACETS.flatMap((facet, i) => (DEFINITIONS[i].reads ? [] : [[facet, columnOf(projects, i, context)]])))
}

/** Tells the filters the facet columns of `projects`, made earlier (projectFacetColumns). */
export function attachFacetColumns(projects: readonly TableProject[], columns: Partial<Record<Facet, FacetColumn>>): void {
  const cache: FacetColumn[] = []
  FACETS.forEach((facet, i) => {
    const column = columns[facet]
    // Only what fits this list: a column of another length (another dataset) is made again.
    if (!DEFINITIONS[i].reads && column && (column.offsets ? column.offsets.length - 1 : column.codes.length) === projects.length) cache[i] = column
  })
  ownColumns.set(projects, cache)
}

/** A column where no project has a value: what a facet over the user's data is until there is some. */
function emptyColumn(n: number): FacetColumn {
  return { values: [], codes: new Int32Array(n).fill(-1) }
}

/** A facet's column (by the facet's index in FACETS) over `projects`, made the first time it is asked for. */
export function columnOf(projects: readonly TableProject[], index: number, context: FilterContext): FacetColumn {
  const reads = DEFINITIONS[index].reads
  if (reads) {
    let cache = contextColumns.get(projects)
    if (!cache) contextColumns.set(projects, (cache = []))
    const source = reads(context)
    const kept = cache[index]
    if (kept && kept.source === source) return kept.column
    const none = source === undefined || (source instanceof Map && source.size === 0)
    const column = none ? emptyColumn(projects.length) : buildColumn(projects, index, context)
    cache[index] = { source, column }
    return column
  }
  let cache = ownColumns.get(projects)
  if (!cache) ownColumns.set(projects, (cache = []))
  return (cache[index] ??= buildColumn(projects, index, context))
}
