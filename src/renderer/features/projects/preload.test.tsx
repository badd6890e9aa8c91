// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { act, cleanup, render } from '@testing-library/react'
import { makeDataset, makeProject } from '../../../shared/testing/fixtures'
import { DEFAULT_FILTERS } from '../../../shared/projects/filter'
import { appDb } from '../../db/database'
import { syncDataset } from '../../db/dataset-cache'
import { setStatus } from '../../db/evaluation'
import { toggleStar } from '../../db/user-data'
import { preloadProjectsData, useFilteredProjects } from './useFilteredProjects'

afterEach(cleanup)

beforeAll(async () => {
  await syncDataset(appDb(), makeDataset(['kepler', 'headlamp', 'sops'].map((id) => makeProject({ id }))))
  await setStatus('kepler', 'trial')
  await toggleStar('sops')
})

describe("the Projects view's first render, after its preload", () => {
  it('already has the statuses and stars (no Status column or star appearing a moment later), and is not drawn again', async () => {
    await preloadProjectsData('en')
    const seen: ReturnType<typeof useFilteredProjects>[] = []
    function Probe() {
      seen.push(useFilteredProjects({ ...DEFAULT_FILTERS, maturity: [] }))
      return null
    }
    render(<Probe />)
    expect(seen[0].all.map((p) => p.id)).toEqual(['headlamp', 'kepler', 'sops'])
    expect([...seen[0].evaluation.statusOf]).toEqual([['kepler', 'trial']])
    expect([...seen[0].userData.starred]).toEqual(['sops'])
    await act(() => new Promise((resolve) => setTimeout(resolve, 150)))
    // Every live query answered with what the first render had: nothing to draw again.
    expect(seen).toHaveLength(1)
  })
})
