// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import '../i18n'
import { ErrorBoundary } from './ErrorBoundary'

afterEach(cleanup)

function Broken({ fail }: { fail: boolean }) {
  if (fail) throw new Error('filters.query.toLowerCase is not a function')
  return <p>Fine again</p>
}

describe('ErrorBoundary', () => {
  it('shows a readable message, copies the details and offers a way back instead of a blank window', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const writeText = vi.fn(async () => {})
    Object.assign(navigator, { clipboard: { writeText } })
    render(<ErrorBoundary back={{ label: 'Go to Projects', href: '#/projects' }}><Broken fail /></ErrorBoundary>)
    expect(screen.getByRole('alert')).toHaveProperty('textContent', expect.stringContaining('filters.query.toLowerCase is not a function'))
    expect(screen.getByRole('link', { name: 'Go to Projects' }).getAttribute('href')).toBe('#/projects')
    fireEvent.click(screen.getByRole('button', { name: 'Copy details' }))
    await screen.findByText('Details copied')
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Error: filters.query.toLowerCase is not a function'))
  })

  it('tries again, and clears itself when its reset key changes (another route)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { rerender } = render(<ErrorBoundary resetKey="#/a"><Broken fail /></ErrorBoundary>)
    expect(screen.getByRole('alert')).toBeTruthy()
    rerender(<ErrorBoundary resetKey="#/b"><Broken fail={false} /></ErrorBoundary>)
    expect(screen.getByText('Fine again')).toBeTruthy()
    rerender(<ErrorBoundary resetKey="#/b"><Broken fail /></ErrorBoundary>)
    rerender(<ErrorBoundary resetKey="#/b"><Broken fail={false} /></ErrorBoundary>)
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Fine again')).toBeTruthy()
  })
})
