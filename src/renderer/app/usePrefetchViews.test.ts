// @vitest-environment jsdom
import { renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { registerFeatures } from '../registry/registry'
import { defineFeature } from '../registry/feature'
import { defineView } from '../registry/view'
import { usePrefetchViews } from './usePrefetchViews'

describe('usePrefetchViews', () => {
  afterEach(() => vi.useRealTimers())

  it('loads views when the browser is idle, except those that wait to be asked', async () => {
    vi.useFakeTimers()
    const light = vi.fn(async () => ({ default: () => null }))
    const heavy = vi.fn(async () => ({ default: () => null }))
    registerFeatures([defineFeature({ id: 'test', views: [
      defineView({ id: 'light', path: '/light', isDefault: true, load: light }),
      defineView({ id: 'heavy', path: '/heavy', idlePrefetch: false, load: heavy }),
    ] })])
    renderHook(() => usePrefetchViews())
    await vi.runAllTimersAsync()
    expect(light).toHaveBeenCalledOnce()
    expect(heavy).not.toHaveBeenCalled()
  })
})
