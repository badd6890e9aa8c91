import type { MenuItemConstructorOptions } from 'electron'

export const LANDSCAPE_URL = 'https://landscape.cncf.io/'

/** The application menu: standard roles plus Help links that open in the system browser. */
export function menuTemplate(platform: NodeJS.Platform, openExternal: (url: string) => void): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  return [
    ...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'CNCF Landscape', click: () => openExternal(LANDSCAPE_URL) },
        { label: 'CNCF Sandbox projects', click: () => openExternal('https://www.cncf.io/sandbox-projects/') },
      ],
    },
  ]
}
