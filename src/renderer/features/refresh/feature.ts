import { defineFeature } from '../../registry/feature'
import { AutoRefresh } from './useAutoRefresh'
import { DataStatusIndicator } from './DataStatusIndicator'

/** Live refresh has no view of its own: the top bar's data status and the refresh at start. */
export const feature = defineFeature({
  id: 'refresh',
  shell: [
    { slot: 'top-bar-end', order: 10, component: DataStatusIndicator },
    { slot: 'background', order: 10, component: AutoRefresh },
  ],
  commands: [() => import('./commands').then((m) => m.useRefreshCommands)],
  messages: {
    en: { refreshCommands: { refresh: 'Refresh the data now', keywords: 'update download landscape sync' } },
    ru: async () => ({ refreshCommands: { refresh: 'Обновить данные сейчас', keywords: 'обновление загрузить ландшафт синхронизация' } }),
  },
})
