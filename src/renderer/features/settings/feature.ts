import { defineFeature } from '../../registry/feature'
import { settingsView } from './views'

export const feature = defineFeature({
  id: 'settings',
  views: [settingsView],
  // The palette's appearance and backup actions.
  commands: [() => import('./commands').then((m) => m.useSettingsCommands)],
  messages: {
    en: {
      settingsCommands: {
        darkTheme: 'Switch to the dark theme', lightTheme: 'Switch to the light theme', themeKeywords: 'theme appearance colours mode',
        languageKeywords: 'language interface', backup: 'Export a backup of my data', backupKeywords: 'export save backup download',
      },
    },
    ru: async () => ({
      settingsCommands: {
        darkTheme: 'Включить тёмную тему', lightTheme: 'Включить светлую тему', themeKeywords: 'тема оформление цвета режим',
        languageKeywords: 'язык интерфейс', backup: 'Экспортировать резервную копию данных', backupKeywords: 'экспорт сохранить резервная копия скачать',
      },
    }),
  },
})
