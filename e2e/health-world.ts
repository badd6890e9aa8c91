// A local mirror of all four sources of figures, made at run time from our own bundled dataset:
// the landscape API (test/landscape-api-writer.ts), CLOMonitor's search and repositories.csv,
// OpenSSF Best Practices' project pages and LFX Insights' per-project insights
// (test/health-writers.ts), each in its real format. Version 1 is "90 days ago", version 2 "today":
// Headlamp gains 120 stars, loses 40% of its contributors, releases and climbs in CLOMonitor; KCL
// is archived. Every other project's figures hold still, so the trends and news are exactly these.
import type { ProjectFacts } from '../src/shared/dataset/schema'
import { startLandscapeServer, type LandscapeServer } from '../test/landscape-server'
import { toApiItem } from '../test/landscape-api-writer'
import { bestPracticesEntry, clomonitorCsv, clomonitorSearchItem, lfxInsight, type ClomonitorProject } from '../test/health-writers'
import { byName, projects } from './dataset'

export const headlamp = byName('Headlamp')
export const kcl = byName('KCL')
export const kepler = byName('Kepler')
/** Headlamp's badge at bestpractices.dev in this world (the bundled data links none). */
export const HEADLAMP_BADGE = 9001

/** A stable number from a project id, so every project gets its own, repeatable figures. */
function seed(id: string): number {
  let h = 7
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) % 1_000_003
  return h
}

export type Version = 1 | 2

/** CLOMonitor's global score per project: Headlamp climbs from 62 to 75 between the versions. */
export function clomonitorScore(id: string, version: Version): number {
  if (id === headlamp.id) return version === 1 ? 62 : 75
  return 20 + (seed(id) % 75)
}

/** Every third project (by its seed) fails SECURITY.md, and Headlamp does too. */
export function failsSecurityPolicy(id: string): boolean {
  return id === headlamp.id || seed(id) % 3 === 0
}

const withClomonitor = projects.filter((p) => p.clomonitorName)
const withLfx = projects.filter((p) => p.lfxSlug)

function apiItems(version: Version): Record<string, unknown>[] {
  return projects.map((p) => {
    const facts: ProjectFacts = p.id === kcl.id && version === 2 ? { ...p, maturity: 'archived', dates: { ...p.dates, archived: '2026-09-02' } }
      : p.id === headlamp.id ? { ...p, links: { ...p.links, bestPractices: `https://www.bestpractices.dev/en/projects/${HEADLAMP_BADGE}` } }
      : p
    const primary = p.repositories.find((r) => r.primary) ?? p.repositories[0]
    const figures = primary && {
      [primary.url]: p.id === headlamp.id
        ? { stars: version === 1 ? 4321 : 4441, contributors: version === 1 ? 100 : 60, license: 'Apache-2.0', latest_release: version === 1 ? '2026-03-01T10:00:00Z' : '2026-08-30T10:00:00Z' }
        : { stars: 50 + (seed(p.id) % 20_000), contributors: 5 + (seed(p.id) % 300), license: 'Apache-2.0' },
    }
    return toApiItem(facts, { logoUrl: `logos/${p.id}.svg`, figures })
  })
}

function clomonitorProjects(version: Version): ClomonitorProject[] {
  return withClomonitor.map((p) => ({
    name: p.clomonitorName!,
    score: clomonitorScore(p.id, version),
    failing: failsSecurityPolicy(p.id) ? ['Security Policy', 'Roadmap'] : ['Roadmap'],
  }))
}

export interface HealthWorld {
  server: LandscapeServer
  /** Serves the figures of that moment. */
  serve: (version: Version) => void
  urls: { api: string; clomonitor: string; bestPractices: string; lfx: string }
}

export async function startHealthWorld(): Promise<HealthWorld> {
  const server = await startLandscapeServer()
  const json = (body: unknown) => ({ contentType: 'application/json', body: JSON.stringify(body) })
  const serve = (version: Version) => {
    server.route('/api/projects/all.json', json(apiItems(version)))
    const clo = clomonitorProjects(version)
    for (let offset = 0; offset < clo.length + 100; offset += 100) {
      server.route(`/clomonitor/api/projects/search?foundation[0]=cncf&limit=100&offset=${offset}&sort_by=name&sort_direction=asc`,
        json(clo.slice(offset, offset + 100).map((p, i) => clomonitorSearchItem(p, offset + i))))
    }
    server.route('/clomonitor/data/repositories.csv', { contentType: 'text/csv', body: clomonitorCsv(clo) })
    server.handle('/bestpractices/en/projects.json', (url) => json((url.searchParams.get('ids') ?? '').split(',').filter(Boolean).map((id) =>
      bestPracticesEntry(Number(id), `Project ${id}`, Number(id) === HEADLAMP_BADGE ? (version === 1 ? 95 : 120) : 100 + (Number(id) % 150)))))
    server.handle('/lfx/api/project/', (url) => {
      const slug = decodeURIComponent(url.pathname.split('/')[4] ?? '')
      const project = withLfx.find((p) => p.lfxSlug === slug)
      return project ? json(lfxInsight({ slug, name: project.name, healthScore: 30 + (seed(project.id) % 60) })) : undefined
    })
  }
  serve(1)
  return {
    server,
    serve,
    urls: { api: server.url('/api/projects/all.json'), clomonitor: server.url('/clomonitor'), bestPractices: server.url('/bestpractices'), lfx: server.url('/lfx') },
  }
}
