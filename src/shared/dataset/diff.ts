import { z } from '../zod'
import { HttpUrl, LINK_KINDS, Maturity, Placement, type LinkKind, type Project } from './schema'
import { maturityRank } from '../projects/filter'

const Base = { projectId: z.string().min(1), name: z.string().min(1) }

/** A link a project gained: one of the known kinds, a repository, or a named "other" link. */
export const NewLink = z.strictObject({
  type: z.enum([...LINK_KINDS, 'repository', 'other']),
  /** The other link's own name. */
  name: z.string().optional(),
  url: HttpUrl,
})
export type NewLink = z.infer<typeof NewLink>

/** One thing that changed about one project between two datasets. */
export const DatasetChange = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('added'), ...Base, maturity: Maturity, category: z.string(), subcategory: z.string() }),
  z.strictObject({ kind: z.literal('promoted'), ...Base, from: Maturity, to: Maturity }),
  z.strictObject({ kind: z.literal('archived'), ...Base, from: Maturity }),
  /** Any other maturity move (back from archived, or down a level). */
  z.strictObject({ kind: z.literal('maturity'), ...Base, from: Maturity, to: Maturity }),
  z.strictObject({ kind: z.literal('moved'), ...Base, from: Placement, to: Placement }),
  z.strictObject({ kind: z.literal('renamed'), ...Base, from: z.string() }),
  z.strictObject({ kind: z.literal('links'), ...Base, links: z.array(NewLink).min(1) }),
  z.strictObject({ kind: z.literal('removed'), ...Base, maturity: Maturity }),
])
export type DatasetChange = z.infer<typeof DatasetChange>
export type ChangeKind = DatasetChange['kind']

/** The order What's new lists kinds in: arrivals and promotions first, departures last. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'promoted', 'archived', 'maturity', 'moved', 'renamed', 'links', 'removed']

type DiffProject = Pick<Project, 'id' | 'name' | 'maturity' | 'category' | 'subcategory' | 'links' | 'otherLinks' | 'repositories'>

function newLinks(before: DiffProject, after: DiffProject): NewLink[] {
  const links: NewLink[] = []
  for (const kind of LINK_KINDS as readonly LinkKind[]) {
    const url = after.links[kind]
    if (url && url !== before.links[kind]) links.push({ type: kind, url })
  }
  const hadRepo = new Set(before.repositories.map((r) => r.url))
  for (const repo of after.repositories) if (!hadRepo.has(repo.url)) links.push({ type: 'repository', url: repo.url })
  const hadOther = new Set(before.otherLinks.map((l) => l.url))
  for (const link of after.otherLinks) if (!hadOther.has(link.url)) links.push({ type: 'other', name: link.name, url: link.url })
  return links
}

function maturityChange(before: DiffProject, after: DiffProject): DatasetChange | undefined {
  const { from, to } = { from: before.maturity, to: after.maturity }
  if (from === to) return undefined
  const base = { projectId: after.id, name: after.name }
  if (to === 'archived') return { kind: 'archived', ...base, from }
  if (from !== 'archived' && maturityRank(to) > maturityRank(from)) return { kind: 'promoted', ...base, from, to }
  return { kind: 'maturity', ...base, from, to }
}

/**
 * What changed between two datasets, project by project (matched by id): added, removed,
 * promoted or archived, moved to another category, renamed, and links gained. Figures and
 * descriptions are not changes here: they move every day and would drown the news.
 * Sorted by kind (CHANGE_KINDS) and then by name.
 */
export function diffDatasets(before: readonly DiffProject[], after: readonly DiffProject[]): DatasetChange[] {
  const old = new Map(before.map((p) => [p.id, p]))
  const current = new Set(after.map((p) => p.id))
  const changes: DatasetChange[] = []
  for (const project of after) {
    const base = { projectId: project.id, name: project.name }
    const was = old.get(project.id)
    if (!was) {
      changes.push({ kind: 'added', ...base, maturity: project.maturity, category: project.category, subcategory: project.subcategory })
      continue
    }
    const maturity = maturityChange(was, project)
    if (maturity) changes.push(maturity)
    if (was.category !== project.category || was.subcategory !== project.subcategory) {
      changes.push({ kind: 'moved', ...base, from: { category: was.category, subcategory: was.subcategory }, to: { category: project.category, subcategory: project.subcategory } })
    }
    if (was.name !== project.name) changes.push({ kind: 'renamed', ...base, from: was.name })
    const links = newLinks(was, project)
    if (links.length) changes.push({ kind: 'links', ...base, links })
  }
  for (const project of before) {
    if (!current.has(project.id)) changes.push({ kind: 'removed', projectId: project.id, name: project.name, maturity: project.maturity })
  }
  const order = (kind: ChangeKind) => CHANGE_KINDS.indexOf(kind)
  return changes.sort((a, b) => order(a.kind) - order(b.kind) || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
}

/** Ids of projects still in the data that a list of changes touches (the "changed" filter). */
export function changedProjectIds(changes: readonly DatasetChange[]): Set<string> {
  return new Set(changes.filter((c) => c.kind !== 'removed').map((c) => c.projectId))
}

/** Reads stored changes defensively: entries this version does not understand are skipped. */
export function readChanges(stored: readonly unknown[]): DatasetChange[] {
  return stored.flatMap((entry) => {
    const parsed = DatasetChange.safeParse(entry)
    return parsed.success ? [parsed.data] : []
  })
}
