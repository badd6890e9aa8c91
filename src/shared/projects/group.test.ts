import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { EMPTY_USER_DATA, filterContext } from './filter'
import { evaluationIndex } from '../evaluation/filter'
import { GROUP_DEFINITIONS, groupItems, groupOrder } from './group'

const projects = [
  makeProject({ id: 'a', maturity: 'graduated', dates: { accepted: '2019-01-01' }, category: 'Runtime' }),
  makeProject({ id: 'b', maturity: 'sandbox', dates: {}, category: 'Provisioning' }),
  makeProject({ id: 'c', maturity: 'sandbox', dates: { accepted: '2023-01-01' }, category: 'Runtime' }),
  makeProject({ id: 'd', maturity: 'incubating', dates: { accepted: '2023-05-01' }, category: 'App Definition and Development' }),
]
const context = filterContext({ today: '2026-08-07' })
const by = (key: keyof typeof GROUP_DEFINITIONS, collapsed: string[] = []) =>
  groupItems(projects, (p) => GROUP_DEFINITIONS[key].keyOf(p, context), groupOrder(GROUP_DEFINITIONS[key], context), new Set(collapsed))
const lines = (items: ReturnType<typeof by>) => items.map((i) => (i.kind === 'group' ? `[${i.key} ${i.count}${i.collapsed ? ' +' : ''}]` : i.item.id))

describe('grouping', () => {
  it('orders groups by name and keeps the sorted order inside each', () => {
    expect(lines(by('category'))).toEqual(['[App Definition and Development 1]', 'd', '[Provisioning 1]', 'b', '[Runtime 2]', 'a', 'c'])
  })

  it('orders maturity groups as the stages go, years newest first with no year last', () => {
    expect(lines(by('maturity'))).toEqual(['[sandbox 2]', 'b', 'c', '[incubating 1]', 'd', '[graduated 1]', 'a'])
    expect(lines(by('year'))).toEqual(['[2023 2]', 'c', 'd', '[2019 1]', 'a', '[ 1]', 'b'])
  })

  it('hides the items of a collapsed group, keeping its header and count', () => {
    expect(lines(by('category', ['Runtime']))).toEqual(['[App Definition and Development 1]', 'd', '[Provisioning 1]', 'b', '[Runtime 2 +]'])
  })

  it('remembers where each item came from', () => {
    const items = by('maturity').filter((i) => i.kind === 'item')
    expect(items.map((i) => (i.kind === 'item' ? i.index : -1))).toEqual([1, 2, 3, 0])
  })
})

describe('grouping by evaluation status', () => {
  it('follows the user\'s status order, projects without a status last', () => {
    const user = { ...EMPTY_USER_DATA, evaluation: evaluationIndex([{ id: 'trial', order: 0 }, { id: 'assess', order: 1 }], [
      { id: '1', projectId: 'a', statusId: 'assess', at: '2026-08-01T00:00:00.000Z' },
      { id: '2', projectId: 'b', statusId: 'trial', at: '2026-08-01T00:00:00.000Z' },
    ], [], [], Date.parse('2026-08-07T00:00:00Z')) }
    const withStatus = filterContext({ user, today: '2026-08-07' })
    const items = groupItems(projects, (p) => GROUP_DEFINITIONS.status.keyOf(p, withStatus), groupOrder(GROUP_DEFINITIONS.status, withStatus), new Set())
    expect(lines(items)).toEqual(['[trial 1]', 'b', '[assess 1]', 'a', '[ 2]', 'c', 'd'])
  })
})
