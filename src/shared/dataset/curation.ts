import { z } from 'zod'
import { ProjectCuration, ProjectId, describeIssues } from './schema'

export const CurationFile = z.strictObject({
  projects: z.record(ProjectId, ProjectCuration),
})

export interface CurationSource {
  /** Shown in errors, e.g. "resources/curation/summaries-1.json". */
  name: string
  content: unknown
}

export class CurationError extends Error {}

/** Validates and merges curation files; an id curated twice is an error naming both files. */
export function mergeCuration(sources: CurationSource[]): Map<string, ProjectCuration> {
  const merged = new Map<string, ProjectCuration>()
  const origin = new Map<string, string>()
  const problems: string[] = []
  for (const source of sources) {
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
