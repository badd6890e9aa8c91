// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render } from '@testing-library/react'
import { appDb } from './database'
import { preloadedQuery } from './preloaded-query'

// Unmounted after each test: a live query answering after the test would render into a torn-down page.
afterEach(cleanup)

const starredIds = () => appDb().bookmarks.toArray().then((rows) => ({ ids: rows.map((r) => r.projectId).sort() }))
const star = (projectId: string) => appDb().bookmarks.put({ projectId, createdAt: '2026-11-26T00:00:00Z', lists: [] })
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 100)))

function renderProbe(query: ReturnType<typeof preloadedQuery<{ ids: string[] }>>) {
  const seen: ({ ids: string[] } | undefined)[] = []
  function Probe() {
    seen.push(query.useValue())
    return null
  }
  render(<Probe />)
  return seen
}

describe('a preloaded live query', () => {
  it('answers the first render with the preloaded value, and does not render again while nothing changed', async () => {
    await star('kepler')
    const query = preloadedQuery(starredIds)
    await query.preload()
    const seen = renderProbe(query)
    expect(seen[0]).toEqual({ ids: ['kepler'] })
    await settle()
    // The live query answered with the very same object: one render only.
    expect(seen).toHaveLength(1)
  })

  it('renders what was written after the preload, whether before the live query started or after', async () => {
    await appDb().bookmarks.clear()
    const query = preloadedQuery(starredIds)
    await query.preload()
    await star('sops')
    const seen = renderProbe(query)
    expect(seen[0]).toEqual({ ids: [] })
    await settle()
    expect(seen.at(-1)).toEqual({ ids: ['sops'] })
    await act(() => star('headlamp'))
    await settle()
    expect(seen.at(-1)).toEqual({ ids: ['headlamp', 'sops'] })
  })

  it('without a preload, answers undefined first and then the live value', async () => {
    const seen = renderProbe(preloadedQuery(starredIds))
    expect(seen[0]).toBeUndefined()
    await settle()
    expect(seen.at(-1)?.ids.length).toBeGreaterThan(0)
  })
})
