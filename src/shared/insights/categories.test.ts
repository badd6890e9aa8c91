import { describe, expect, it } from 'vitest'
import { makeProject } from '../testing/fixtures'
import { sandboxCategories } from './categories'

const projects = [
  makeProject({ id: 'kepler', category: 'Observability and Analysis', subcategory: 'Observability', extraPlacements: [{ category: 'AI Native Infra', subcategory: 'Observability' }] }),
  makeProject({ id: 'pixie', category: 'Observability and Analysis', subcategory: 'Observability' }),
  makeProject({ id: 'kuasar', category: 'Runtime', subcategory: 'Container Runtime', extraPlacements: [{ category: 'AI Native Infra', subcategory: 'Workload Runtime' }] }),
  makeProject({ id: 'sops', category: 'Provisioning', subcategory: 'Security & Compliance' }),
  makeProject({ id: 'etcd', maturity: 'graduated', category: 'Orchestration & Management', subcategory: 'Coordination & Service Discovery' }),
]

describe('sandboxCategories', () => {
  it('counts Sandbox projects under each category they are listed in, largest first', () => {
    const { bars, total } = sandboxCategories(projects, 'category')
    expect(total).toBe(4)
    expect(bars.map((b) => `${b.name}:${b.ids.length}`)).toEqual(['AI Native Infra:2', 'Observability and Analysis:2', 'Provisioning:1', 'Runtime:1'])
    expect(bars[0].selection).toEqual({ maturity: ['sandbox'], category: ['AI Native Infra'] })
  })

  it('counts subcategories once per project, naming the categories each sits under', () => {
    const { bars } = sandboxCategories(projects, 'subcategory')
    expect(bars.map((b) => `${b.name}:${b.ids.length}`)).toEqual(['Observability:2', 'Container Runtime:1', 'Security & Compliance:1', 'Workload Runtime:1'])
    expect(bars[0].categories).toEqual(['Observability and Analysis', 'AI Native Infra'])
    expect(bars[0].selection).toEqual({ maturity: ['sandbox'], subcategory: ['Observability'] })
  })
})
