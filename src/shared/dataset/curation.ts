import { z } from '../zod'
import { ProjectCuration, ProjectId, describeIssues } from './schema'
import { isRecord } from '../landscape/normalize-common'

export const CurationFile = z.strictObject({
  projects: z.record(ProjectId, ProjectCuration),
})

export interface CurationSource {
  /** Shown in errors, e.g. "resources/curation/summaries-1.json". */
  name: string
  content: unknown
}

export class CurationError extends Error {}

const hasSources = (statement: unknown) => isRecord(statement) && Array.isArray(statement.sources) && statement.sources.length > 0

/**
 * Every curated statement (summary, highlight) must say where it comes from. Lists those that do
 * not, as "kepler summary" or "kepler highlight 5", so a curator sees all of them at once.
 */
export function unsourcedStatements(content: unknown): string[] {
  const projects = isRecord(content) && isRecord(content.projects) ? content.projects : {}
  const missing: string[] = []
  for (const [id, entry] of Object.entries(projects)) {
    if (!isRecord(entry)) continue
    if (entry.summary !== undefined && !hasSources(entry.summary)) missing.push(`${id} summary`)
    const highlights = Array.isArray(entry.highlights) ? entry.highlights : []
    highlights.forEach((h, i) => { if (!hasSources(h)) missing.push(`${id} highlight ${i + 1}`) })
  }
  return missing
}

/** Validates and merges curation files; an id curated twice is an error naming both files. */
export function mergeCuration(sources: CurationSource[]): Map<string, ProjectCuration> {
  const merged = new Map<string, ProjectCuration>()
  const origin = new Map<string, string>()
  const problems: string[] = []
  for (const source of sources) {
    const unsourced = unsourcedStatements(source.content)
    if (unsourced.length) {
      problems.push(`${source.name}: ${unsourced.length} curated statement(s) name no source: ${unsourced.join(', ')}`)
      continue
    }
    const parsed = CurationFile.safeParse(source.content)
    if (!parsed.success) {
      problems.push(`${source.name}:\n  ${describeIssues(parsed.error).replace(/\n/g, '\n  ')}`)
      continue
    }
    for (const [id, entry] of Object.entries(parsed.data.projects)) {
      const earlier = origin.get(id)
      if (earlier) problems.push(`${source.name}: "${id}" is already curated in ${earlier}`)
      else {
        merged.set(id, entry)
        origin.set(id, source.name)
      }
    }
  }
  if (problems.length) throw new CurationError(`invalid curation:\n${problems.join('\n')}`)
  return merged
}
