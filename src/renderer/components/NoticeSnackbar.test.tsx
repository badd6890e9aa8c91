// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'

afterEach(() => { cleanup(); vi.doUnmock('./NoticeToast'); vi.resetModules() })

async function renderNotices() {
  const { NoticeSnackbar } = await import('./NoticeSnackbar')
  const { useNoticeStore } = await import('../store/notice-store')
  render(<NoticeSnackbar />)
  return useNoticeStore.getState()
}

describe('notices', () => {
  it('draw nothing (and load no snackbar code) until the first one, then show it', async () => {
    const store = await renderNotices()
    expect(document.body.textContent).toBe('')
    act(() => store.show('Copied', 'success'))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Copied')
    expect(alert.classList.contains('MuiAlert-root')).toBe(true)
  })

  it("still show, plainly, when the snackbar's code cannot load", async () => {
    vi.doMock('./NoticeToast', () => { throw new Error('offline') })
    const store = await renderNotices()
    act(() => store.show('Saved to notes.md', 'info'))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Saved to notes.md')
    expect(alert.classList.contains('MuiAlert-root')).toBe(false)
    act(() => screen.getByRole('button', { name: 'Close' }).click())
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
