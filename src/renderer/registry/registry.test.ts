import { describe, expect, it } from 'vitest'
import { defineFeature } from './feature'
import { projectStatusSource, registerFeatures } from './registry'
import { defineView } from './view'

const home = defineView({ id: 'home', path: '/home', isDefault: true, load: async () => ({ default: () => null }) })

describe('projectStatusSource', () => {
  it('is absent until a feature keeps statuses, then comes from the first that does', () => {
    registerFeatures([defineFeature({ id: 'home', views: [home] })])
    expect(projectStatusSource()).toBeUndefined()

    const first = { useStatuses: () => new Map([['headlamp', 'Trying']]) }
    const second = { useStatuses: () => new Map<string, string>() }
    registerFeatures([defineFeature({ id: 'home', views: [home] }), defineFeature({ id: 'statuses', projectStatuses: first }), defineFeature({ id: 'more', projectStatuses: second })])
    expect(projectStatusSource()).toBe(first)
  })
})
