import type { Project, RepositoryFigures } from './schema'

/** The figures of a project's primary repository (else its first), when a refresh brought them. */
export function primaryFigures(project: Pick<Project, 'repositories'>): RepositoryFigures | undefined {
  return (project.repositories.find((r) => r.primary) ?? project.repositories[0])?.figures
}

/** Languages by share of bytes, largest first, as whole percentages (those under 1% left out). */
export function languageShares(languages: Record<string, number> | undefined): { name: string; percent: number }[] {
  const entries = Object.entries(languages ?? {})
  const total = entries.reduce((sum, [, bytes]) => sum + bytes, 0)
  if (total <= 0) return []
  return entries
    .map(([name, bytes]) => ({ name, percent: Math.round((bytes / total) * 100) }))
    .filter((l) => l.percent >= 1)
    .sort((a, b) => b.percent - a.percent || a.name.localeCompare(b.name, 'en'))
}
