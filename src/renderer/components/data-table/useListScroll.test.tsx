// @vitest-environment jsdom
import { useRef } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render } from '@testing-library/react'
import { useListScroll } from './useListScroll'

afterEach(cleanup)

/** A scrolling box whose scrollTop writes are counted (each one makes the browser lay the page out). */
function List({ scrollKey, initial = 0, onReset }: { scrollKey: string; initial?: number; onReset?: () => void }) {
  const ref = useRef<HTMLDivElement>(null)
  useListScroll(ref, { initialScrollTop: initial, scrollKey, onReset })
  return <div ref={ref} data-testid="list" />
}

function countWrites(element: HTMLElement): { writes: number[] } {
  const log = { writes: [] as number[] }
  let top = 0
  Object.defineProperty(element, 'scrollTop', { configurable: true, get: () => top, set: (value: number) => { log.writes.push(value); top = value } })
  return log
}

describe('useListScroll', () => {
  it('leaves a list at its start alone when what it shows changes (typing a search)', () => {
    const { rerender, getByTestId } = render(<List scrollKey="q=" />)
    const log = countWrites(getByTestId('list'))
    let resets = 0
    for (const key of ['q=c', 'q=co', 'q=con']) rerender(<List scrollKey={key} onReset={() => resets++} />)
    expect(log.writes).toEqual([])
    // The keyboard's row still goes back to the start.
    expect(resets).toBe(3)
  })

  it('returns a scrolled list to its start when what it shows changes, and only then', () => {
    const { rerender, getByTestId } = render(<List scrollKey="sort=name" />)
    const list = getByTestId('list')
    const log = countWrites(list)
    list.scrollTop = 400
    fireEvent.scroll(list)
    rerender(<List scrollKey="sort=name" />)
    expect(list.scrollTop).toBe(400)
    rerender(<List scrollKey="sort=-accepted" />)
    expect(list.scrollTop).toBe(0)
    expect(log.writes).toEqual([400, 0])
  })

  it('restores the remembered offset on mount, and counts it as scrolled', () => {
    const { rerender, getByTestId } = render(<List scrollKey="a" initial={240} />)
    const list = getByTestId('list')
    expect(list.scrollTop).toBe(240)
    const log = countWrites(list)
    rerender(<List scrollKey="b" initial={240} />)
    expect(log.writes).toEqual([0])
  })
})
