import { describe, expect, it, vi } from 'vitest'
import { createRendererOutbox } from './renderer-outbox'

const page = (destroyed = false) => ({ send: vi.fn(), isDestroyed: () => destroyed })

describe('createRendererOutbox', () => {
  it('keeps events until the renderer is ready, then sends them in order', () => {
    const outbox = createRendererOutbox()
    outbox.send('navigate', { hash: '#/projects/headlamp' })
    outbox.send('notice', { kind: 'deep-link-refused', link: 'sandscape://nope' })
    const contents = page()
    outbox.ready(contents)
    expect(contents.send.mock.calls).toEqual([
      ['shell:navigate', { hash: '#/projects/headlamp' }],
      ['shell:notice', { kind: 'deep-link-refused', link: 'sandscape://nope' }],
    ])
    outbox.send('menuCommand', { command: 'print' })
    expect(contents.send).toHaveBeenLastCalledWith('shell:menu-command', { command: 'print' })
  })

  it('waits again while a reloaded page gets ready, and keeps only the latest events', () => {
    const outbox = createRendererOutbox()
    const first = page()
    outbox.ready(first)
    outbox.detach(first)
    for (let i = 0; i < 30; i++) outbox.send('navigate', { hash: `#/projects/p${i}` })
    expect(first.send).not.toHaveBeenCalled()
    const second = page()
    outbox.ready(second)
    expect(second.send).toHaveBeenCalledTimes(20)
    expect(second.send).toHaveBeenLastCalledWith('shell:navigate', { hash: '#/projects/p29' })
  })

  it('never sends to a page that has gone', () => {
    const outbox = createRendererOutbox()
    const gone = page(true)
    outbox.ready(gone)
    outbox.send('navigate', { hash: '#/settings' })
    expect(gone.send).not.toHaveBeenCalled()
  })
})
