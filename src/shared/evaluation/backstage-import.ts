import { z } from '../zod'
import type { Project } from '../dataset/schema'
import { describeIssues } from '../dataset/schema'
import { cleanReason, type StatusChange } from './history'

/** A Backstage radar file larger than this is refused unread (today's largest public radars are well under 1 MB). */
export const MAX_RADAR_FILE_LENGTH = 5_000_000

const Text = z.string().max(2000)
const LongText = z.string().max(20_000)

// The shape Backstage's TechRadarLoaderResponseParser accepts, with bounds: unknown keys are
// ignored as Backstage ignores them; `key` is optional here because older radars omit it.
const Snapshot = z.object({
  date: z.union([z.string().max(40), z.number()]).transform((value, ctx) => {
    const date = new Date(value)
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'not a date' })
      return z.NEVER
    }
    return date.toISOString()
  }),
  ringId: Text,
  description: LongText.optional(),
  moved: z.number().int().min(-1).max(1).optional(),
})
const Entry = z.object({
  key: Text.optional(),
  id: Text,
  quadrant: Text,
  title: Text,
  url: Text.optional(),
  timeline: z.array(Snapshot).max(500),
  description: LongText.optional(),
  links: z.array(z.object({ url: Text, title: Text })).max(50).optional(),
})
export const BackstageRadarFile = z.object({
  quadrants: z.array(z.object({ id: Text, name: Text })).max(50),
  rings: z.array(z.object({ id: Text, name: Text, color: Text, description: LongText.optional() })).max(50),
  entries: z.array(Entry).max(10_000),
})
export type BackstageRadarFile = z.infer<typeof BackstageRadarFile>

export type RadarParseResult =
  | { ok: true; radar: BackstageRadarFile }
  | { ok: false; kind: 'too-large' | 'not-json' | 'invalid'; detail?: string }

/** Reads a Backstage Tech Radar JSON file, completely and within bounds, before anything is touched. */
export function parseBackstageRadar(text: string): RadarParseResult {
  if (text.length > MAX_RADAR_FILE_LENGTH) return { ok: false, kind: 'too-large' }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, kind: 'not-json', detail: (error as Error).message }
  }
  const parsed = BackstageRadarFile.safeParse(json)
  if (!parsed.success) return { ok: false, kind: 'invalid', detail: describeIssues(parsed.error) }
  return { ok: true, radar: parsed.data }
}

/** A status and every name it answers to (its id, its name, its default names in each language). */
export interface StatusNames {
  id: string
  names: readonly string[]
}

export interface MappedEntry {
  title: string
  projectId: string
  projectName: string
  /** History records the import would add, oldest first. */
  changes: Omit<StatusChange, 'id'>[]
  /** Snapshots already in the project's history (same status at the same moment). */
  alreadyThere: number
  /** Snapshots whose ring matches none of the user's statuses. */
  unknownRings: string[]
}

export type UnmappedReason = 'no-project' | 'ambiguous' | 'no-ring'

export interface BackstageImportPlan {
  mapped: MappedEntry[]
  unmapped: { title: string; reason: UnmappedReason }[]
  /** Rings of the file that match no status (their snapshots are left out). */
  unknownRings: string[]
  /** How many history records confirming would add. */
  changeCount: number
}

const normalizeName = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')

/** A URL reduced to what identifies a page: host without www, path without trailing slash or .git. */
export function normalizeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim())
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined
    const path = parsed.pathname.replace(/\/+$/, '').replace(/\.git$/, '')
    return `${parsed.host.replace(/^www\./, '')}${path}`.toLowerCase()
  } catch {
    return undefined
  }
}

function projectKeys(project: Project): { names: string[]; urls: string[] } {
  const urls = [project.links.homepage, ...project.repositories.map((r) => r.url)].flatMap((u) => (u ? [normalizeUrl(u)] : [])).filter((u): u is string => Boolean(u))
  return { names: [normalizeName(project.name), normalizeName(project.id)], urls }
}

/**
 * Works out what importing a Backstage radar would do, without doing it: each entry is matched to
 * a project by name (or id) or by URL (its url or links against the project's homepage and
 * repositories), each ring to a status by id or name. Entries that match no project, or several,
 * are reported; nothing already in a project's history is added twice.
 */
export function planBackstageImport(radar: BackstageRadarFile, projects: readonly Project[], statuses: readonly StatusNames[], existing: readonly StatusChange[]): BackstageImportPlan {
  const byName = new Map<string, Set<string>>()
  const byUrl = new Map<string, Set<string>>()
  const add = (map: Map<string, Set<string>>, key: string, id: string) => map.set(key, (map.get(key) ?? new Set()).add(id))
  for (const project of projects) {
    const keys = projectKeys(project)
    for (const name of keys.names) if (name) add(byName, name, project.id)
    for (const url of keys.urls) add(byUrl, url, project.id)
  }
  const projectById = new Map(projects.map((p) => [p.id, p]))

  const statusByName = new Map<string, string>()
  for (const status of statuses) for (const name of [status.id, ...status.names]) statusByName.set(normalizeName(name), status.id)
  const ringStatus = new Map<string, string | undefined>()
  for (const ring of radar.rings) ringStatus.set(ring.id, statusByName.get(normalizeName(ring.id)) ?? statusByName.get(normalizeName(ring.name)))
  const statusOfRing = (ringId: string) => (ringStatus.has(ringId) ? ringStatus.get(ringId) : statusByName.get(normalizeName(ringId)))

  const existingKeys = new Set(existing.map((c) => `${c.projectId}\u0000${c.statusId}\u0000${Date.parse(c.at)}`))
  const mapped: MappedEntry[] = []
  const unmapped: BackstageImportPlan['unmapped'] = []
  const unknownRings = new Set<string>()
  const claimed = new Set<string>()

  for (const entry of radar.entries) {
    const candidates = new Set<string>()
    for (const id of byName.get(normalizeName(entry.title)) ?? []) candidates.add(id)
    if (candidates.size === 0) {
      for (const url of [entry.url, ...(entry.links ?? []).map((l) => l.url)]) {
        const key = url ? normalizeUrl(url) : undefined
        for (const id of (key && byUrl.get(key)) || []) candidates.add(id)
      }
    }
    if (candidates.size === 0) {
      unmapped.push({ title: entry.title, reason: 'no-project' })
      continue
    }
    if (candidates.size > 1) {
      unmapped.push({ title: entry.title, reason: 'ambiguous' })
      continue
    }
    const projectId = [...candidates][0]
    const entryUnknown: string[] = []
    let alreadyThere = 0
    const changes: Omit<StatusChange, 'id'>[] = []
    for (const snapshot of [...entry.timeline].sort((a, b) => a.date.localeCompare(b.date))) {
      const statusId = statusOfRing(snapshot.ringId)
      if (!statusId) {
        entryUnknown.push(snapshot.ringId)
        unknownRings.add(snapshot.ringId)
        continue
      }
      const key = `${projectId}\u0000${statusId}\u0000${Date.parse(snapshot.date)}`
      if (existingKeys.has(key) || claimed.has(key)) {
        alreadyThere++
        continue
      }
      claimed.add(key)
      const reason = cleanReason(snapshot.description)
      changes.push({ projectId, statusId, at: snapshot.date, ...(reason ? { reason } : {}), origin: 'import' })
    }
    if (changes.length === 0 && alreadyThere === 0) {
      unmapped.push({ title: entry.title, reason: 'no-ring' })
      continue
    }
    mapped.push({ title: entry.title, projectId, projectName: projectById.get(projectId)!.name, changes, alreadyThere, unknownRings: [...new Set(entryUnknown)] })
  }
  return { mapped, unmapped, unknownRings: [...unknownRings], changeCount: mapped.reduce((n, m) => n + m.changes.length, 0) }
}
