import { describe, expect, it, vi } from 'vitest'
import { showNotification } from './notifications'

const request = { title: 'Landscape refreshed', body: '3 changes since 7 Aug 2026', hash: '#/whats-new' }

describe('showNotification', () => {
  it('shows the notification and opens its view on click', () => {
    let onClick: (() => void) | undefined
    const show = vi.fn()
    const create = vi.fn(() => ({ on: (_event: 'click', listener: () => void) => { onClick = listener }, show }))
    const open = vi.fn()
    expect(showNotification(request, { isSupported: () => true, create }, open)).toEqual({ shown: true })
    expect(create).toHaveBeenCalledWith(expect.objectContaining({ title: 'Landscape refreshed', body: '3 changes since 7 Aug 2026' }))
    expect(show).toHaveBeenCalled()
    onClick!()
    expect(open).toHaveBeenCalledWith('#/whats-new')
  })

  it('does nothing where the system has no notifications', () => {
    const create = vi.fn()
    expect(showNotification(request, { isSupported: () => false, create }, vi.fn())).toEqual({ shown: false })
    expect(create).not.toHaveBeenCalled()
  })
})
