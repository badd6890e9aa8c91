import { sandboxEntryYear } from '../dataset/intake'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset, type Project } from '../dataset/schema'
import { EMPTY_USER_DATA, filterContext, filterProjects, type UserDataIndex } from '../projects/filter'
import { articleCohort } from './article-cohort'
import { sandboxCategories } from './categories'
import { cohorts } from './cohorts'
import { intake, OTHER_CATEGORIES } from './intake'
import { movements } from './movements'
import { projectsInScope, projectsTarget, type InsightsScope, type Selection } from './scope'

// The figures on the dataset the app ships, checked against what can be counted by hand in it.
const parsed = parseDataset(JSON.parse(readFileSync(new URL('../../../resources/dataset.json', import.meta.url), 'utf8')))
if (!parsed.ok) throw new Error(parsed.error)
const dataset = parsed.value
const all = dataset.projects
const asOf = dataset.source.date
const byId = new Map(all.map((p) => [p.id, p]))
const sorted = (ids: readonly string[]) => [...ids].sort()

describe('Insights on resources/dataset.json', () => {
  const sandboxIntake = projectsInScope(all, { kind: 'sandbox' }, EMPTY_USER_DATA)

  it('counts the 2023 Sandbox intake as the article does: 25 accepted; today 23 Sandbox, 1 incubating, 1 archived', () => {
    const bar = intake(sandboxIntake, 'maturity', 'year').bars.find((b) => b.year === '2023')!
    expect(bar.total).toBe(25)
    expect(Object.fromEntries(Object.entries(bar.segments).map(([m, s]) => [m, s.ids.length]))).toEqual({ sandbox: 23, incubating: 1, graduated: 0, archived: 1 })
    expect(bar.segments.incubating.ids).toEqual(['microcks'])
    expect(bar.segments.archived.ids).toEqual(['xline'])
    // The article's own list is the same 25: the 24 it reviews, and KubeStellar, listed without a section.
    expect(sorted([...Object.values(bar.segments).flatMap((s) => s.ids)])).toEqual(sorted(all.filter((p) => p.articleSection || p.id === 'kubestellar').map((p) => p.id)))
  })

  it('finds 27 acceptances in 2023 among all CNCF projects: Keycloak and Kubeflow joined straight into incubation', () => {
    const bar = intake(all, 'maturity', 'year').bars.find((b) => b.year === '2023')!
    expect(bar.total).toBe(27)
    const direct = Object.values(bar.segments).flatMap((s) => s.ids).filter((id) => sandboxEntryYear(byId.get(id)!) !== '2023')
    expect(sorted(direct)).toEqual(['keycloak', 'kubeflow'])
    for (const id of direct) expect(byId.get(id)!.dates.incubating).toBe(byId.get(id)!.dates.accepted)
  })

  it('gives the 2023 cohort the same fates, and the article cohort the same then-and-now', () => {
    const c2023 = cohorts(all, asOf).find((c) => c.year === '2023')!
    expect([c2023.size, c2023.fates.sandbox.ids.length, c2023.fates.promoted.ids.length, c2023.fates.archived.ids.length]).toEqual([25, 23, 1, 1])
    const article = articleCohort(all, asOf)
    expect(article.projects).toHaveLength(25)
    expect(article.now).toEqual({ sandbox: 23, incubating: 1, graduated: 0, archived: 1 })
    // Xline, accepted 2023-06-30 and archived 812 days later (2025-09-19), is the one archival: all 25
    // at two years, 24 of 25 at three (every member has been in for 2.6 years or more).
    expect(c2023.survival.map((p) => Math.round(p.share * 100))).toEqual([100, 100, 100, 96])
  })

  it('puts the projects accepted before the Sandbox existed in no cohort', () => {
    const inCohorts = new Set(cohorts(all, asOf).flatMap((c) => c.ids))
    for (const id of ['linkerd', 'coredns', 'rook', 'rkt']) expect(inCohorts.has(id), id).toBe(false)
    for (const id of ['spiffe', 'open-policy-agent-opa', 'telepresence']) expect(inCohorts.has(id), id).toBe(true)
  })

  it('lists every dated promotion and archival once', () => {
    const list = movements(all)
    expect(list.filter((m) => m.kind === 'archived')).toHaveLength(all.filter((p) => p.dates.archived).length)
    const promotedLater = all.filter((p) => p.dates.incubating && p.dates.incubating > p.dates.accepted!).length
      + all.filter((p) => p.dates.graduated && p.dates.graduated > p.dates.accepted!).length
    expect(list.filter((m) => m.kind !== 'archived')).toHaveLength(promotedLater)
  })

  it('counts the Sandbox by category as the table filters it', () => {
    const { bars, total } = sandboxCategories(all, 'category')
    expect(total).toBe(all.filter((p) => p.maturity === 'sandbox').length)
    expect(bars.find((b) => b.name === 'Provisioning')!.ids).toHaveLength(40)
  })
})

describe('a chart element opens exactly its projects in the table', () => {
  // A user with starred projects and a list, so that every scope holds something.
  const user: UserDataIndex = {
    ...EMPTY_USER_DATA,
    starred: new Set(['headlamp', 'xline', 'keycloak', 'linkerd', 'kepler']),
    listsOf: new Map([['sops', ['to-try']], ['microcks', ['to-try']], ['kubeflow', ['to-try']]]),
  }
  const scopes: InsightsScope[] = [{ kind: 'sandbox' }, { kind: 'all' }, { kind: 'starred' }, { kind: 'list', listId: 'to-try' }]
  const shown = (scope: InsightsScope, selection: Selection) => sorted(filterProjects(all, projectsTarget(scope, selection), filterContext({ user })).map((p) => p.id))
  const elements = (scoped: Project[]) => [
    ...intake(scoped, 'maturity', 'year').bars.flatMap((bar) => Object.values(bar.segments)),
    ...cohorts(scoped, asOf).flatMap((c) => [c, ...Object.values(c.fates)]),
    ...(['category', 'subcategory'] as const).flatMap((level) => sandboxCategories(scoped, level).bars),
    articleCohort(scoped, asOf).projects.length ? { ids: articleCohort(scoped, asOf).projects.map((p) => p.id), selection: articleCohort(scoped, asOf).selection } : undefined,
  ].filter((e) => e !== undefined)

  for (const scope of scopes) {
    it(`in the ${scope.kind} scope: intake by maturity, cohorts, their fates, categories and the 2023 cohort`, () => {
      const scoped = projectsInScope(all, scope, user)
      expect(scoped.length).toBeGreaterThan(0)
      let checked = 0
      for (const element of elements(scoped)) {
        expect(shown(scope, element.selection), JSON.stringify(element.selection)).toEqual(sorted(element.ids))
        checked++
      }
      expect(checked).toBeGreaterThan(3)
    })
  }

  it('by main category, shows the segment plus only the projects listed under that category as a second placement', () => {
    for (const bar of intake(all, 'category', 'year').bars) {
      for (const [group, segment] of Object.entries(bar.segments)) {
        const extra = shown({ kind: 'all' }, segment.selection).filter((id) => !segment.ids.includes(id))
        expect(shown({ kind: 'all' }, segment.selection)).toEqual(expect.arrayContaining(segment.ids))
        for (const id of extra) {
          const placed = byId.get(id)!.extraPlacements.map((p) => p.category)
          expect(group === OTHER_CATEGORIES ? segment.selection.category!.some((c) => placed.includes(c)) : placed.includes(group), id).toBe(true)
        }
      }
    }
  })
})
