// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { act, cleanup, render } from '@testing-library/react'
import { makeDataset, makeProject } from '../../shared/testing/fixtures'
import type { TableModel } from '../../shared/projects/table-snapshot'
import { appDb } from './database'
import { syncDataset } from './dataset-cache'
import { preloadTableModel, useTableModel } from './table-snapshot'

// Unmounted after each test: a live query answering after the test would render into a torn-down page.
afterEach(cleanup)

beforeAll(async () => {
  await syncDataset(appDb(), makeDataset(['kepler', 'headlamp', 'sops'].map((id) => makeProject({ id }))))
})

describe('the Projects model read at start-up', () => {
  it('is there at the first render after a preload, and the live query shares it rather than parse again', async () => {
    const model = await preloadTableModel('en')
    const seen: (TableModel | null | undefined)[] = []
    function Probe() {
      seen.push(useTableModel('en'))
      return null
    }
    render(<Probe />)
    expect(seen[0]?.rows.map((r) => r.id)).toEqual(['headlamp', 'kepler', 'sops'])
    expect(seen[0]).toBe(model)
    // Once the live query has answered (with the same object, so nothing renders again), every
    // render saw the one model: one parse for the preload and every reader.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)))
    expect(new Set(seen)).toEqual(new Set([model]))
  })

  it('does not hand a model of the other language to a first render', async () => {
    const seen: (TableModel | null | undefined)[] = []
    function Probe() {
      seen.push(useTableModel('ru'))
      return null
    }
    render(<Probe />)
    expect(seen[0]).toBeUndefined()
    // Its own live query answers with the Russian model.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)))
    expect(seen.at(-1)?.rows.map((r) => r.id)).toEqual(['headlamp', 'kepler', 'sops'])
  })
})
