import { getBridge } from '../../bridge'
import i18n from '../../i18n'
import { useRefreshSettings } from '../../store/refresh-settings-store'

/**
 * After an automatic refresh (the one nobody watched start): a system notification when it
 * found changes and the user asked for one. A click opens What's new.
 */
export async function notifyRefreshChanges(changeCount: number): Promise<void> {
  if (changeCount === 0 || !useRefreshSettings.getState().notifyChanges) return
  try {
    await getBridge().notify({
      title: i18n.t('desktop.notificationTitle'),
      body: i18n.t('desktop.notificationBody', { count: changeCount }),
      hash: '#/whats-new',
    })
  } catch {
    // A notification that cannot be shown changes nothing: What's new lists the changes anyway.
  }
}
