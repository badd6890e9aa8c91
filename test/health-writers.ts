// Writes health-source answers in their real formats, so tests can serve figures for hundreds of
// projects made at run time. Each shape is the one src/shared/health/* reads, taken from the
// sources' public code: CLOMonitor (cncf/clomonitor: search_projects.sql, get_repositories_with_checks.sql),
// OpenSSF Best Practices (coreinfrastructure/best-practices-badge: _project.json.jbuilder) and
// LFX Insights (linuxfoundation/insights: frontend/docs/openapi.json, ProjectInsight).

/** repositories.csv's header, exactly as get_repositories_with_checks.sql writes it. */
export const CLOMONITOR_CSV_HEADER = 'Foundation,Project,Repository URL,Check Sets,Adopters,Changelog,Code of Conduct,Contributing,Governance,Maintainers,Readme,Roadmap,Summary Table,Website,License Approved,License Scanning,License SPDX ID,Analytics,ArtifactHub Badge,CLA,Community Meeting,DCO,GitHub discussions,OpenSSF best practices badge,OpenSSF Scorecard badge,Recent Release,Slack Presence,Binary Artifacts,Code Review,Dangerous Workflow,Dependencies Policy,Dependency Update Tool,Maintained,SBOM,Security Insights,Security Policy,Signed Releases,Token Permissions,Trademark Disclaimer'

export interface ClomonitorProject {
  name: string
  score: number
  sections?: Partial<Record<'documentation' | 'license' | 'best_practices' | 'security' | 'legal', number>>
  /** Column headings of checks that fail; every other boolean check passes. */
  failing?: string[]
  foundation?: string
}

/** One item of GET /api/projects/search. */
export function clomonitorSearchItem(p: ClomonitorProject, index = 0): Record<string, unknown> {
  const rating = p.score >= 74.5 ? 'a' : p.score >= 49.5 ? 'b' : p.score >= 24.5 ? 'c' : 'd'
  return {
    accepted_at: 1600000000,
    category: 'app definition',
    display_name: p.name,
    foundation: p.foundation ?? 'cncf',
    id: `00000000-${String(index).padStart(4, '0')}-0000-0000-000000000000`,
    maturity: 'sandbox',
    name: p.name,
    rating,
    repositories: [{ check_sets: ['community', 'code'], name: p.name, url: `https://github.com/example/${p.name}` }],
    score: { global: p.score, global_weight: 95, ...(p.sections ?? { documentation: p.score, license: p.score, best_practices: p.score, security: p.score, legal: p.score }) },
    updated_at: 1788220800,
  }
}

/** GET /data/repositories.csv for these projects, one repository each. */
export function clomonitorCsv(projects: readonly ClomonitorProject[]): string {
  const columns = CLOMONITOR_CSV_HEADER.split(',')
  const rows = projects.map((p) => columns.map((column, i) => {
    if (i === 0) return p.foundation ?? 'cncf'
    if (i === 1) return p.name
    if (i === 2) return `https://github.com/example/${p.name}`
    if (i === 3) return '"{community,code}"'
    if (column === 'License SPDX ID') return 'Apache-2.0'
    if (column === 'Analytics') return 'GA4'
    return p.failing?.includes(column) ? 'f' : 't'
  }).join(','))
  return `${[CLOMONITOR_CSV_HEADER, ...rows].join('\n')}\n`
}

/** One entry of GET /en/projects.json?ids=…, with the fields a badge entry always has. */
export function bestPracticesEntry(id: number, name: string, tieredPercentage: number): Record<string, unknown> {
  const level = ['in_progress', 'passing', 'silver', 'gold'][Math.min(3, Math.floor(tieredPercentage / 100))]
  return {
    id,
    created_at: '2020-01-01T00:00:00.000Z',
    updated_at: '2026-08-01T00:00:00.000Z',
    name,
    homepage_url: `https://${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example.org/`,
    badge_percentage_0: Math.min(100, tieredPercentage),
    badge_percentage_1: Math.max(0, Math.min(100, tieredPercentage - 100)),
    badge_percentage_2: Math.max(0, Math.min(100, tieredPercentage - 200)),
    tiered_percentage: tieredPercentage,
    badge_level: level,
    additional_rights: [],
    project_entry_attribution: 'Please credit Example and the CII Best Practices badge contributors.',
    project_entry_license: 'CC-BY-3.0+',
  }
}

export interface LfxProject {
  slug: string
  name?: string
  healthScore: number
  parts?: { contributor?: number; popularity?: number; development?: number; security?: number }
}

/** GET /api/project/{slug}/insights. */
export function lfxInsight(p: LfxProject): Record<string, unknown> {
  return {
    id: `id-${p.slug}`,
    type: 'project',
    name: p.name ?? p.slug,
    slug: p.slug,
    logoUrl: `https://insights.example.org/logos/${p.slug}.svg`,
    repoUrl: `https://github.com/example/${p.slug}`,
    isLF: true,
    status: 'active',
    maturity: 'sandbox',
    healthScore: p.healthScore,
    contributorHealthScore: p.parts?.contributor ?? p.healthScore,
    popularityHealthScore: p.parts?.popularity ?? p.healthScore,
    developmentHealthScore: p.parts?.development ?? p.healthScore,
    securityHealthScore: p.parts?.security ?? p.healthScore,
    contributorCount: 100,
    organizationCount: 10,
    softwareValue: 1000000,
    contributorDependencyCount: 2,
    contributorDependencyPercentage: 60,
    organizationDependencyCount: 1,
    organizationDependencyPercentage: 70,
    firstCommit: '2020-01-01T00:00:00Z',
    starsLast365Days: 100,
    forksLast365Days: 10,
    activeContributorsLast365Days: 20,
    activeOrganizationsLast365Days: 5,
    starsPrevious365Days: 90,
    forksPrevious365Days: 9,
    activeContributorsPrevious365Days: 25,
    activeOrganizationsPrevious365Days: 6,
    achievements: [],
  }
}
