import { beforeEach, describe, expect, it, vi } from 'vitest'

const bridge = vi.hoisted(() => ({ notify: vi.fn(async () => ({ shown: true })) }))
vi.mock('../../bridge', () => ({ getBridge: () => bridge }))
vi.mock('../../i18n', () => ({ default: { t: (key: string, options?: { count?: number }) => (options?.count === undefined ? key : `${key}:${options.count}`) } }))

const { useRefreshSettings } = await import('../../store/refresh-settings-store')
const { notifyRefreshChanges } = await import('./notify-changes')

describe('notifyRefreshChanges', () => {
  beforeEach(() => {
    bridge.notify.mockClear()
  })

  it('stays silent unless the user opted in', async () => {
    useRefreshSettings.getState().setNotifyChanges(false)
    await notifyRefreshChanges(3)
    expect(bridge.notify).not.toHaveBeenCalled()
  })

  it('notifies of the changes, opening What\'s new on click', async () => {
    useRefreshSettings.getState().setNotifyChanges(true)
    await notifyRefreshChanges(3)
    expect(bridge.notify).toHaveBeenCalledWith({ title: 'desktop.notificationTitle', body: 'desktop.notificationBody:3', hash: '#/whats-new' })
  })

  it('says nothing when nothing changed, and survives a refused notification', async () => {
    useRefreshSettings.getState().setNotifyChanges(true)
    await notifyRefreshChanges(0)
    expect(bridge.notify).not.toHaveBeenCalled()
    bridge.notify.mockRejectedValueOnce(new Error('refused'))
    await expect(notifyRefreshChanges(2)).resolves.toBeUndefined()
  })
})
