import { defineFeature } from '../../registry/feature'
import { PaletteTrigger } from './PaletteTrigger'

/** The command palette (`/`, Ctrl+K): projects, views, saved views and actions, from the keyboard. */
export const feature = defineFeature({
  id: 'palette',
  shell: [{ slot: 'top-bar-start', order: 10, component: PaletteTrigger }],
  messages: {
    en: {
      palette: {
        open: 'Search or jump to…',
        title: 'Command palette',
        label: 'Search projects, views and actions',
        placeholder: 'Type a project, a view or an action…',
        shortcut: 'Press / or Ctrl+K',
        searchTable: 'Search the table for “{{query}}”',
        groups: { search: 'Search', projects: 'Projects', views: 'Views', saved: 'Saved views', actions: 'Actions' },
        nothing: 'Nothing matches “{{query}}”',
        hint: '↑↓ to move, Enter to choose, Esc to close',
      },
    },
    ru: async () => ({
      palette: {
        open: 'Поиск и переход…',
        title: 'Палитра команд',
        label: 'Поиск проектов, разделов и действий',
        placeholder: 'Проект, раздел или действие…',
        shortcut: 'Нажмите / или Ctrl+K',
        searchTable: 'Искать в таблице «{{query}}»',
        groups: { search: 'Поиск', projects: 'Проекты', views: 'Разделы', saved: 'Сохранённые виды', actions: 'Действия' },
        nothing: 'Ничего не найдено по запросу «{{query}}»',
        hint: '↑↓ — выбор, Enter — выполнить, Esc — закрыть',
      },
    }),
  },
})
