// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { ToggleChip } from './ToggleChip'

afterEach(cleanup)

describe('ToggleChip', () => {
  it('is a toggle button named by its label, saying whether it is on', () => {
    const onToggle = vi.fn()
    const { rerender } = render(<ToggleChip label="Relevance" pressed onToggle={onToggle} iconPath="M3 18h6v-2H3z" />)
    const button = screen.getByRole('button', { name: 'Relevance' })
    expect(button.getAttribute('aria-pressed')).toBe('true')
    expect(button.getAttribute('type')).toBe('button')
    // The icon is decoration only.
    expect(button.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true')
    fireEvent.click(button)
    expect(onToggle).toHaveBeenCalledOnce()
    rerender(<ToggleChip label="Relevance" pressed={false} onToggle={onToggle} />)
    expect(button.getAttribute('aria-pressed')).toBe('false')
    expect(button.querySelector('svg')).toBeNull()
  })

  it('passes a tooltip\'s ref and props to the button', () => {
    const ref = createRef<HTMLButtonElement>()
    render(<ToggleChip label="Relevance" pressed={false} onToggle={() => undefined} ref={ref} aria-describedby="hint" />)
    expect(ref.current).toBe(screen.getByRole('button', { name: 'Relevance' }))
    expect(ref.current?.getAttribute('aria-describedby')).toBe('hint')
  })
})
