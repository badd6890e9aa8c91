import type { NotificationConstructorOptions } from 'electron'
import type { NotifyRequest } from '../shared/ipc/contract'

/** The part of Electron's Notification class this module uses. */
export interface NativeNotifications {
  isSupported: () => boolean
  create: (options: NotificationConstructorOptions) => { on: (event: 'click', listener: () => void) => unknown; show: () => void }
}

/**
 * Shows a native notification (the renderer asks, only when the user opted in); a click brings
 * the window forward on the view the notification is about.
 */
export function showNotification(request: NotifyRequest, native: NativeNotifications, open: (hash: string) => void): { shown: boolean } {
  if (!native.isSupported()) return { shown: false }
  const notification = native.create({ title: request.title, body: request.body, silent: false })
  notification.on('click', () => open(request.hash))
  notification.show()
  return { shown: true }
}
