import type { Project } from '../dataset/schema'
import { projectBlurb } from '../dataset/summary'
import { historiesByProject, type StatusChange } from './history'
import { movement, quadrantIndexOf, radarBlips, type RadarConfig } from './radar'

/** What both radar formats are made from; names come translated from the renderer. */
export interface RadarExportInput {
  title: string
  /** The four quadrants, in the radar's order. */
  quadrants: { id: string; name: string }[]
  /** The ring statuses, innermost first, with the colour each is drawn in. */
  rings: { id: string; name: string; color: string }[]
  projects: readonly Project[]
  changes: readonly StatusChange[]
  config: RadarConfig
  language: 'en' | 'ru'
  /** When the export is made (the Zalando file's date). */
  now: Date
}

/** The main link of a project: its homepage, else its primary repository. */
export function projectUrl(project: Pick<Project, 'links' | 'repositories'>): string | undefined {
  return project.links.homepage ?? project.repositories.find((r) => r.primary)?.url ?? project.repositories[0]?.url
}

// Backstage Tech Radar: the JSON its loader accepts (TechRadarLoaderResponse in
// @backstage-community/plugin-tech-radar-common: quadrants, rings, entries with a timeline whose
// first snapshot is the current ring; `moved` 1 = moved up/in, -1 = down/out, 0 = no change).

export interface BackstageSnapshot {
  date: string
  ringId: string
  description?: string
  moved?: -1 | 0 | 1
}

export interface BackstageEntry {
  key: string
  id: string
  quadrant: string
  title: string
  url?: string
  links?: { url: string; title: string }[]
  description?: string
  timeline: BackstageSnapshot[]
}

export interface BackstageRadar {
  quadrants: { id: string; name: string }[]
  rings: { id: string; name: string; color: string; description?: string }[]
  entries: BackstageEntry[]
}

/**
 * The radar as Backstage's Tech Radar reads it. Each blip is an entry; its timeline is the
 * project's status history restricted to ring statuses, newest first, with the reason of each
 * change as the snapshot's description.
 */
export function toBackstageRadar(input: RadarExportInput): BackstageRadar {
  const { config } = input
  const byId = new Map(input.projects.map((p) => [p.id, p]))
  const histories = historiesByProject(input.changes)
  const entries: BackstageEntry[] = []
  for (const blip of radarBlips(input.projects, input.changes, config)) {
    const project = byId.get(blip.projectId)!
    let previous: number | undefined
    const timeline: BackstageSnapshot[] = []
    for (const change of histories.get(project.id) ?? []) {
      const ring = change.statusId === null ? -1 : config.rings.indexOf(change.statusId)
      if (ring < 0) continue
      const moved = previous === undefined ? 0 : movement(previous, ring)
      timeline.push({ date: change.at, ringId: change.statusId!, ...(change.reason ? { description: change.reason } : {}), moved: moved as -1 | 0 | 1 })
      previous = ring
    }
    const url = projectUrl(project)
    const description = projectBlurb(project, input.language)?.text
    entries.push({
      key: project.id,
      id: project.id,
      quadrant: input.quadrants[quadrantIndexOf(project, config)].id,
      title: project.name,
      ...(url ? { url } : {}),
      links: projectLinks(project),
      ...(description ? { description } : {}),
      timeline: timeline.reverse(),
    })
  }
  return { quadrants: input.quadrants, rings: input.rings, entries }
}

function projectLinks(project: Project): { url: string; title: string }[] {
  const links: { url: string; title: string }[] = []
  if (project.links.homepage) links.push({ url: project.links.homepage, title: 'Homepage' })
  const repository = project.repositories.find((r) => r.primary) ?? project.repositories[0]
  if (repository) links.push({ url: repository.url, title: 'Repository' })
  return links
}

// Zalando's tech-radar (radar.js): quadrants and rings by position, entries with a label, a
// link and `moved` (-1 out, 0 none, 1 in, 2 new). Four quadrants, counted from bottom right.

export interface ZalandoEntry {
  label: string
  quadrant: number
  ring: number
  moved: -1 | 0 | 1 | 2
  link?: string
  active: boolean
}

export interface ZalandoRadar {
  title: string
  date: string
  quadrants: { name: string }[]
  rings: { name: string; color: string }[]
  entries: ZalandoEntry[]
}

/** The configuration radar_visualization() takes (entries as in its config.json), moves counted since the chosen day. */
export function toZalandoRadar(input: RadarExportInput): ZalandoRadar {
  const byId = new Map(input.projects.map((p) => [p.id, p]))
  return {
    title: input.title,
    date: input.now.toISOString().slice(0, 10),
    quadrants: input.quadrants.map(({ name }) => ({ name })),
    rings: input.rings.map(({ name, color }) => ({ name, color })),
    entries: radarBlips(input.projects, input.changes, input.config, input.config.movedSince).map((blip) => {
      const link = projectUrl(byId.get(blip.projectId)!)
      return { label: blip.name, quadrant: blip.quadrant, ring: blip.ring, moved: blip.moved, ...(link ? { link } : {}), active: true }
    }),
  }
}
