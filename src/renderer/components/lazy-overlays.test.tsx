// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'

afterEach(() => {
  cleanup()
  vi.resetModules()
  vi.doUnmock('@mui/material/Tooltip')
})

describe('a tooltip loaded on demand', () => {
  it('shows its anchor at once, and the tooltip once the code is in', async () => {
    const { LazyTooltip } = await import('./lazy-overlays')
    await act(async () => { render(<LazyTooltip title="Compare"><button type="button">C</button></LazyTooltip>) })
    // MUI's tooltip names its anchor with the title.
    expect(await screen.findByRole('button', { name: 'Compare' })).toBeTruthy()
  })

  it('leaves the anchor alone, and the page working, when the code cannot load', async () => {
    vi.doMock('@mui/material/Tooltip', () => { throw new Error('offline') })
    const { LazyTooltip } = await import('./lazy-overlays')
    await act(async () => { render(<LazyTooltip title="Compare"><button type="button">C</button></LazyTooltip>) })
    await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)) })
    expect(screen.getByRole('button', { name: 'C' })).toBeTruthy()
  })
})
