import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand, MenuLabels, MenuView } from '../shared/ipc/contract'

export const LANDSCAPE_URL = 'https://landscape.cncf.io/'
export const SANDBOX_URL = 'https://www.cncf.io/sandbox-projects/'

/** The menu's words until the renderer sends them in the UI language. */
export const DEFAULT_MENU_LABELS: MenuLabels = {
  file: 'File', edit: 'Edit', view: 'View', go: 'Go', window: 'Window', help: 'Help',
  print: 'Print to PDF…', refresh: 'Refresh data now', find: 'Search projects', back: 'Back', forward: 'Forward',
  landscapeSite: 'CNCF Landscape', sandboxSite: 'CNCF Sandbox projects',
  openLink: 'Open link in browser', copyLink: 'Copy link address', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all',
}

export interface MenuActions {
  navigate: (hash: string) => void
  command: (command: MenuCommand) => void
  openInBrowser: (url: string) => void
}

export interface MenuOptions {
  platform: NodeJS.Platform
  /** Reload and DevTools are for development builds only. */
  developer: boolean
  views: readonly MenuView[]
  labels: MenuLabels
}

/**
 * The application menu: the views (from the renderer's sidebar, Ctrl/Cmd+1..9), the actions
 * with their accelerators, the macOS app menu, and Help links that open in the system browser.
 */
export function menuTemplate({ platform, developer, views, labels }: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const command = (name: MenuCommand) => () => actions.command(name)
  return [
    ...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: labels.file,
      submenu: [
        { id: 'print', label: labels.print, accelerator: 'CmdOrCtrl+P', click: command('print') },
        { id: 'refresh', label: labels.refresh, accelerator: 'CmdOrCtrl+Shift+R', click: command('refresh') },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu', label: labels.edit },
    {
      label: labels.view,
      submenu: [
        { id: 'find', label: labels.find, accelerator: 'CmdOrCtrl+F', click: command('find') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(developer ? [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[] : []),
      ],
    },
    {
      label: labels.go,
      submenu: [
        { id: 'back', label: labels.back, accelerator: mac ? 'Cmd+[' : 'Alt+Left', click: command('back') },
        { id: 'forward', label: labels.forward, accelerator: mac ? 'Cmd+]' : 'Alt+Right', click: command('forward') },
        ...(views.length > 0 ? [{ type: 'separator' } as MenuItemConstructorOptions] : []),
        ...views.map((view, index): MenuItemConstructorOptions => ({
          id: `view:${view.id}`,
          label: view.label,
          accelerator: index < 9 ? `CmdOrCtrl+${index + 1}` : undefined,
          click: () => actions.navigate(view.hash),
        })),
      ],
    },
    { role: 'windowMenu', label: labels.window },
    {
      role: 'help',
      label: labels.help,
      submenu: [
        { label: labels.landscapeSite, click: () => actions.openInBrowser(LANDSCAPE_URL) },
        { label: labels.sandboxSite, click: () => actions.openInBrowser(SANDBOX_URL) },
      ],
    },
  ]
}

/**
 * Holds what the renderer last sent (views, words) and rebuilds the application menu from it;
 * the context menu reads the same words.
 */
export function createMenuState(base: Omit<MenuOptions, 'views' | 'labels'>, actions: MenuActions, apply: (template: MenuItemConstructorOptions[]) => void) {
  let views: readonly MenuView[] = []
  let labels: MenuLabels = DEFAULT_MENU_LABELS
  const rebuild = () => apply(menuTemplate({ ...base, views, labels }, actions))
  return {
    rebuild,
    set(next: { views: readonly MenuView[]; labels: MenuLabels }): void {
      views = next.views
      labels = next.labels
      rebuild()
    },
    labels: () => labels,
  }
}
