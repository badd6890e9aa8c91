import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toApiItem } from '../../../test/landscape-api-writer'
import { parseDataset, type Project, type ProjectFacts } from '../dataset/schema'
import { normalizeLandscapeApi } from './landscape-api'
import { mergeRefresh } from '../refresh/merge'

// Our bundled dataset, written out in the API's format and read back: the two formats must agree
// on every fact the API carries, so a first refresh from the API reports no phantom changes.
const bundled = parseDataset(JSON.parse(readFileSync(new URL('../../../resources/dataset.json', import.meta.url), 'utf8')))
const projects: Project[] = bundled.ok ? bundled.value.projects : []

describe('the landscape API format against the bundled dataset', () => {
  it('reads back every project with the same id and facts (bar what the API lacks)', () => {
    expect(projects.length).toBeGreaterThan(200)
    const doc = projects.map((p) => toApiItem(p, { logoUrl: `https://landscape.example.org/logos/${p.id}.svg` }))
    const { projects: facts, warnings } = normalizeLandscapeApi(doc, { fetchedAt: '2026-09-01T00:00:00.000Z', baseUrl: 'https://landscape.example.org/api/projects/all.json' })
    expect(warnings).toEqual([])
    const strip = (p: ProjectFacts) => {
      const { logo: _l, clomonitorName: _c, links, ...rest } = p
      const { documentation: _d, organization: _o, ...otherLinks } = links
      return { ...rest, links: otherLinks }
    }
    const byId = new Map(facts.map((f) => [f.id, f]))
    for (const project of projects) {
      const { summary: _s, highlights: _h, articleSection: _a, ...own } = project
      expect(strip(byId.get(project.id)!), project.id).toEqual(strip(own))
    }
  })

  it('gives a first refresh with unchanged upstream data no changes at all', () => {
    const doc = projects.map((p) => toApiItem(p, { logoUrl: `https://landscape.example.org/logos/${p.id}.svg` }))
    const { projects: facts } = normalizeLandscapeApi(doc, { fetchedAt: '2026-09-01T00:00:00.000Z', baseUrl: 'https://landscape.example.org/' })
    const { changes, dataset } = mergeRefresh({ previous: projects, bundled: projects, fetched: { ok: true, format: 'api', url: 'https://landscape.example.org/api/projects/all.json', fetchedAt: '2026-09-01T00:00:00.000Z', facts, warnings: [], failedAttempts: [] } })
    expect(changes).toEqual([])
    expect(dataset.projects.filter((p) => !p.summary)).toEqual([])
  })
})
