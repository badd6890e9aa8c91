import type { Project } from '../dataset/schema'
import { historiesByProject, statusAsOf, type StatusChange } from './history'

/** A quadrant of the radar and the landscape categories that land in it. */
export interface RadarQuadrant {
  id: string
  /** What the user called it; absent for a default quadrant that keeps its translated name. */
  name?: string
  categories: string[]
}

export interface RadarConfig {
  /** Exactly four, in the Tech Radar's order: bottom right, bottom left, top left, top right. */
  quadrants: RadarQuadrant[]
  /** The statuses drawn as rings, innermost first (up to four). */
  rings: string[]
  /** Blips whose ring changed after this day (YYYY-MM-DD) are marked as moved. */
  movedSince?: string
}

export const QUADRANT_COUNT = 4
export const MAX_RINGS = 4
export const DEFAULT_RINGS: readonly string[] = ['adopt', 'trial', 'assess', 'hold']

/**
 * Four groups of the landscape's categories. A category no quadrant lists (a new one from a
 * refresh) goes to the last quadrant, so every project with a ring status is drawn.
 */
export const DEFAULT_QUADRANTS: readonly RadarQuadrant[] = [
  { id: 'provisioning-runtime', categories: ['Provisioning', 'Runtime'] },
  { id: 'orchestration-platform', categories: ['Orchestration & Management', 'Platform'] },
  { id: 'app-development', categories: ['App Definition and Development', 'Serverless', 'Wasm'] },
  { id: 'observability-ai', categories: ['Observability and Analysis', 'Inference', 'AI Native Infra', 'AI Agent', 'Data'] },
]

export const DEFAULT_RADAR: RadarConfig = {
  quadrants: DEFAULT_QUADRANTS.map((q) => ({ ...q, categories: [...q.categories] })),
  rings: [...DEFAULT_RINGS],
}

/** The stored radar settings, completed from the defaults where they are missing or unusable. */
export function effectiveRadar(stored: Partial<RadarConfig> | undefined): RadarConfig {
  const quadrants = stored?.quadrants?.length === QUADRANT_COUNT ? stored.quadrants : DEFAULT_RADAR.quadrants
  const rings = stored?.rings ? stored.rings.slice(0, MAX_RINGS) : [...DEFAULT_RINGS]
  return { quadrants: quadrants.map((q) => ({ ...q, categories: [...q.categories] })), rings, ...(stored?.movedSince ? { movedSince: stored.movedSince } : {}) }
}

/** Which quadrant a project is drawn in: the first that lists its category, else the last. */
export function quadrantIndexOf(project: Pick<Project, 'category'>, config: RadarConfig): number {
  const index = config.quadrants.findIndex((q) => q.categories.includes(project.category))
  return index < 0 ? config.quadrants.length - 1 : index
}

/** As Zalando's radar.js draws it: 0 no change, 1 moved in (towards the centre), -1 moved out, 2 new on the radar. */
export type Moved = -1 | 0 | 1 | 2

export interface RadarBlip {
  projectId: string
  name: string
  quadrant: number
  ring: number
  statusId: string
  moved: Moved
  /** The legend's number, also printed on the blip. */
  number: number
  /** The latest change: its reason and when. */
  reason?: string
  decidedAt: string
}

/** How a ring position compares with an earlier one: inner rings have lower indexes. */
export function movement(before: number | undefined, now: number): Moved {
  if (before === undefined) return 2
  return now < before ? 1 : now > before ? -1 : 0
}

/**
 * A blip for every project whose current status is a ring. With `since`, blips whose ring changed
 * after that day are marked moved in, moved out, or new. Numbered by quadrant, ring, then name.
 */
export function radarBlips(projects: readonly Pick<Project, 'id' | 'name' | 'category'>[], changes: readonly StatusChange[], config: RadarConfig, since?: string): RadarBlip[] {
  const histories = historiesByProject(changes)
  const ringOf = (statusId: string | null) => (statusId === null ? -1 : config.rings.indexOf(statusId))
  const blips: Omit<RadarBlip, 'number'>[] = []
  for (const project of projects) {
    const history = histories.get(project.id)
    const latest = history?.at(-1)
    if (!latest) continue
    const ring = ringOf(latest.statusId)
    if (ring < 0) continue
    let moved: Moved = 0
    if (since) {
      const before = ringOf(statusAsOf(history!, since))
      moved = movement(before < 0 ? undefined : before, ring)
    }
    blips.push({ projectId: project.id, name: project.name, quadrant: quadrantIndexOf(project, config), ring, statusId: latest.statusId!, moved, reason: latest.reason, decidedAt: latest.at })
  }
  blips.sort((a, b) => a.quadrant - b.quadrant || a.ring - b.ring || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
  return blips.map((blip, i) => ({ ...blip, number: i + 1 }))
}
