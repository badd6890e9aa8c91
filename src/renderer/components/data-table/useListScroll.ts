import { useLayoutEffect, useRef, type RefObject } from 'react'

/**
 * A virtualised list's scroll position: the remembered offset restored on mount (later scrolls
 * belong to the user), and back to the first row when `scrollKey` changes: a new sort, search or
 * filter shows its start, not the middle of a list that no longer holds what was there.
 */
export function useListScroll(scrollRef: RefObject<HTMLElement | null>, { initialScrollTop = 0, scrollKey, onReset }: {
  initialScrollTop?: number
  scrollKey?: string
  /** Called after a scroll back to the start (the keyboard's active row returns there too). */
  onReset?: () => void
}): void {
  useLayoutEffect(() => {
    if (scrollRef.current && initialScrollTop) scrollRef.current.scrollTop = initialScrollTop
    // Only on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const last = useRef(scrollKey)
  const reset = useRef(onReset)
  reset.current = onReset
  // The offset as last scrolled to, heard from scroll events: writing scrollTop makes the browser
  // lay the page out there and then, so a list already at its start (typing a search) is left alone.
  const offset = useRef(initialScrollTop)
  useLayoutEffect(() => {
    const element = scrollRef.current
    if (!element) return
    const heard = () => { offset.current = element.scrollTop }
    element.addEventListener('scroll', heard, { passive: true })
    return () => element.removeEventListener('scroll', heard)
  }, [scrollRef])
  useLayoutEffect(() => {
    if (last.current === scrollKey) return
    last.current = scrollKey
    if (scrollRef.current && offset.current !== 0) {
      scrollRef.current.scrollTop = 0
      offset.current = 0
    }
    reset.current?.()
  }, [scrollKey, scrollRef])
}
