// The health sources' names, ratings, levels (and a badge's progress) and CLOMonitor's checks,
// without their schemas or readers: code that runs at start reads them here, so it does not load
// zod (schema.ts and the readers re-export them).

/**
 * The three health sources a refresh may read besides the landscape, each optional and each with
 * its own status. The landscape itself is the fourth source of figures (stars, contributors).
 */
export const HEALTH_SOURCES = ['clomonitor', 'bestPractices', 'lfx'] as const

/** Every source of figures, for statuses: the landscape first. */
export const FIGURE_SOURCES = ['landscape', ...HEALTH_SOURCES] as const
export type FigureSourceId = (typeof FIGURE_SOURCES)[number]

/** CLOMonitor's five report sections (its snake_case `best_practices` read as bestPractices). */
export const CHECK_SECTIONS = ['documentation', 'license', 'bestPractices', 'security', 'legal'] as const
export type CheckSection = (typeof CHECK_SECTIONS)[number]

/** CLOMonitor's ratings, best first (A: 75–100, B: 50–74, C: 25–49, D: 0–24). */
export const CLOMONITOR_RATINGS = ['a', 'b', 'c', 'd'] as const

export const BADGE_LEVELS = ['in_progress', 'passing', 'silver', 'gold'] as const
export type BadgeLevel = (typeof BADGE_LEVELS)[number]

/** Share of the next level's criteria met (a gold badge has none left): 0–100. */
export function progressToNext(figures: { tieredPercentage: number }): number {
  return figures.tieredPercentage >= 300 ? 100 : figures.tieredPercentage % 100
}

export interface ClomonitorCheck {
  id: string
  section: CheckSection
  /** The column heading in repositories.csv. */
  column: string
  /** Columns holding a value rather than t/f: a value means passed. */
  valued?: 'spdx' | 'list'
}

/** Every check CLOMonitor runs, by section, in its report's order. */
export const CLOMONITOR_CHECKS: readonly ClomonitorCheck[] = [
  { id: 'adopters', section: 'documentation', column: 'Adopters' },
  { id: 'changelog', section: 'documentation', column: 'Changelog' },
  { id: 'code_of_conduct', section: 'documentation', column: 'Code of Conduct' },
  { id: 'contributing', section: 'documentation', column: 'Contributing' },
  { id: 'governance', section: 'documentation', column: 'Governance' },
  { id: 'maintainers', section: 'documentation', column: 'Maintainers' },
  { id: 'readme', section: 'documentation', column: 'Readme' },
  { id: 'roadmap', section: 'documentation', column: 'Roadmap' },
  { id: 'summary_table', section: 'documentation', column: 'Summary Table' },
  { id: 'website', section: 'documentation', column: 'Website' },
  { id: 'license_spdx_id', section: 'license', column: 'License SPDX ID', valued: 'spdx' },
  { id: 'license_approved', section: 'license', column: 'License Approved' },
  { id: 'license_scanning', section: 'license', column: 'License Scanning' },
  { id: 'analytics', section: 'bestPractices', column: 'Analytics', valued: 'list' },
  { id: 'artifacthub_badge', section: 'bestPractices', column: 'ArtifactHub Badge' },
  { id: 'cla', section: 'bestPractices', column: 'CLA' },
  { id: 'community_meeting', section: 'bestPractices', column: 'Community Meeting' },
  { id: 'dco', section: 'bestPractices', column: 'DCO' },
  { id: 'github_discussions', section: 'bestPractices', column: 'GitHub discussions' },
  { id: 'openssf_badge', section: 'bestPractices', column: 'OpenSSF best practices badge' },
  { id: 'openssf_scorecard_badge', section: 'bestPractices', column: 'OpenSSF Scorecard badge' },
  { id: 'recent_release', section: 'bestPractices', column: 'Recent Release' },
  { id: 'slack_presence', section: 'bestPractices', column: 'Slack Presence' },
  { id: 'binary_artifacts', section: 'security', column: 'Binary Artifacts' },
  { id: 'code_review', section: 'security', column: 'Code Review' },
  { id: 'dangerous_workflow', section: 'security', column: 'Dangerous Workflow' },
  { id: 'dependencies_policy', section: 'security', column: 'Dependencies Policy' },
  { id: 'dependency_update_tool', section: 'security', column: 'Dependency Update Tool' },
  { id: 'maintained', section: 'security', column: 'Maintained' },
  { id: 'sbom', section: 'security', column: 'SBOM' },
  { id: 'security_insights', section: 'security', column: 'Security Insights' },
  { id: 'security_policy', section: 'security', column: 'Security Policy' },
  { id: 'signed_releases', section: 'security', column: 'Signed Releases' },
  { id: 'token_permissions', section: 'security', column: 'Token Permissions' },
  { id: 'trademark_disclaimer', section: 'legal', column: 'Trademark Disclaimer' },
]
export const CLOMONITOR_CHECK_IDS: ReadonlySet<string> = new Set(CLOMONITOR_CHECKS.map((c) => c.id))
