import type { Dataset, Project, Source } from '../dataset/schema'
import { finishDataset, LANDSCAPE_LICENSE } from '../dataset/build'

/** The landscape snapshot a fixture's curated words cite. */
export const LANDSCAPE_FIXTURE_SOURCE: Source = { kind: 'landscape', url: 'https://github.com/cncf/landscape', date: '2026-08-07' }

/** A hand-written, invented project; override what a test cares about. */
export function makeProject(overrides: Partial<Project> & { id: string }): Project {
  return {
    name: overrides.id.replace(/(^|-)(\w)/g, (_, dash: string, c: string) => (dash ? ' ' : '') + c.toUpperCase()),
    maturity: 'sandbox',
    dates: { accepted: '2023-05-17' },
    category: 'Provisioning',
    subcategory: 'Automation & Configuration',
    extraPlacements: [],
    repositories: [{ url: `https://github.com/example/${overrides.id}`, primary: true }],
    links: { homepage: `https://${overrides.id}.example.org/` },
    audits: [],
    otherLinks: [],
    tags: [],
    personas: [],
    integrations: [],
    summary: { en: `An invented project called ${overrides.id}.`, ru: `Вымышленный проект ${overrides.id}.`, sources: [LANDSCAPE_FIXTURE_SOURCE] },
    highlights: [],
    ...overrides,
  }
}

export function makeDataset(projects: Project[], date = '2026-08-07'): Dataset {
  return finishDataset(
    { name: 'CNCF Landscape', url: 'https://github.com/cncf/landscape', revision: 'fixture', date, license: { ...LANDSCAPE_LICENSE } },
    projects,
  )
}
