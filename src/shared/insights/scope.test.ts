import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { EMPTY_FILTERS, EMPTY_USER_DATA, filterContext, filterProjects, type UserDataIndex } from '../projects/filter'
import { projectsInScope, projectsTarget } from './scope'
import { scopeFromText, scopeToText } from './scope-text'

const projects = [
  makeProject({ id: 'headlamp', dates: { accepted: '2023-05-17' } }),
  makeProject({ id: 'keycloak', maturity: 'incubating', dates: { accepted: '2023-04-10', incubating: '2023-04-10' } }),
  makeProject({ id: 'linkerd', maturity: 'graduated', dates: { accepted: '2017-01-23', incubating: '2018-04-06', graduated: '2021-07-28' } }),
  makeProject({ id: 'xline', maturity: 'archived', dates: { accepted: '2023-06-30', archived: '2025-09-19' } }),
]
const user: UserDataIndex = { ...EMPTY_USER_DATA, starred: new Set(['keycloak', 'xline']), listsOf: new Map([['headlamp', ['to-try']]]) }
const ids = (list: { id: string }[]) => list.map((p) => p.id)

describe('scopes', () => {
  it('hold every project, those that entered through the Sandbox, the starred ones or a list', () => {
    expect(ids(projectsInScope(projects, { kind: 'all' }, user))).toEqual(['headlamp', 'keycloak', 'linkerd', 'xline'])
    expect(ids(projectsInScope(projects, { kind: 'sandbox' }, user))).toEqual(['headlamp', 'xline'])
    expect(ids(projectsInScope(projects, { kind: 'starred' }, user))).toEqual(['keycloak', 'xline'])
    expect(ids(projectsInScope(projects, { kind: 'list', listId: 'to-try' }, user))).toEqual(['headlamp'])
  })
})

describe('projectsTarget', () => {
  it("is the scope's filters and the selection, and nothing else of the table's state", () => {
    expect(projectsTarget({ kind: 'sandbox' }, { year: ['2023'], maturity: ['archived'] })).toEqual({
      ...EMPTY_FILTERS, entry: ['sandbox'], year: ['2023'], maturity: ['archived'],
    })
    expect(projectsTarget({ kind: 'starred' }, { year: ['2023'] })).toEqual({ ...EMPTY_FILTERS, starred: true, year: ['2023'] })
    expect(projectsTarget({ kind: 'list', listId: 'to-try' }, {})).toEqual({ ...EMPTY_FILTERS, lists: ['to-try'] })
  })

  it('keeps the values both allow when the scope and the selection name one facet', () => {
    expect(projectsTarget({ kind: 'sandbox' }, { entry: ['sandbox'], year: ['2023'] }).entry).toEqual(['sandbox'])
  })

  it('shows in the table exactly what it selects', () => {
    const shown = (target: ReturnType<typeof projectsTarget>) => ids(filterProjects(projects, target, filterContext({ user })))
    expect(shown(projectsTarget({ kind: 'sandbox' }, { year: ['2023'], maturity: ['archived'] }))).toEqual(['xline'])
    expect(shown(projectsTarget({ kind: 'all' }, { year: ['2023'], maturity: ['incubating'] }))).toEqual(['keycloak'])
    expect(shown(projectsTarget({ kind: 'sandbox' }, { year: ['2023'], maturity: ['incubating'] }))).toEqual([])
  })
})

describe('scopes in an address', () => {
  it('round-trip, and anything unknown reads as the default scope', () => {
    const scopes = [{ kind: 'sandbox' }, { kind: 'all' }, { kind: 'starred' }, { kind: 'list', listId: 'a1b2' }] as const
    for (const scope of scopes) expect(scopeFromText(scopeToText(scope))).toEqual(scope)
    expect(scopeToText({ kind: 'sandbox' })).toBeUndefined()
    for (const junk of [null, '', 'everything', 'list:', 'list:   ', `list:${'x'.repeat(201)}`]) expect(scopeFromText(junk)).toEqual({ kind: 'sandbox' })
  })
})
