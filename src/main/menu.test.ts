import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { createMenuState, DEFAULT_MENU_LABELS, LANDSCAPE_URL, menuTemplate, type MenuOptions } from './menu'

const views = [
  { id: 'projects', label: 'Проекты', hash: '#/projects' },
  { id: 'compare', label: 'Сравнение', hash: '#/compare' },
  { id: 'settings', label: 'Настройки', hash: '#/settings' },
]
const options = (overrides: Partial<MenuOptions> = {}): MenuOptions => ({ platform: 'linux', developer: false, views, labels: DEFAULT_MENU_LABELS, ...overrides })
const actions = () => ({ navigate: vi.fn(), command: vi.fn(), openInBrowser: vi.fn() })

/** Every item of the menu, submenus included, in order. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])])
}
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)()

describe('menuTemplate', () => {
  it('lists the views the renderer sent, in its words, with Ctrl/Cmd+number', () => {
    const act = actions()
    const items = flatten(menuTemplate(options(), act))
    const viewItems = items.filter((item) => item.id?.startsWith('view:'))
    expect(viewItems.map((item) => [item.label, item.accelerator])).toEqual([['Проекты', 'CmdOrCtrl+1'], ['Сравнение', 'CmdOrCtrl+2'], ['Настройки', 'CmdOrCtrl+3']])
    click(viewItems[1])
    expect(act.navigate).toHaveBeenCalledWith('#/compare')
  })

  it('sends the actions to the renderer by name, with their accelerators', () => {
    const act = actions()
    const items = flatten(menuTemplate(options(), act))
    const byId = (id: string) => items.find((item) => item.id === id)
    expect(byId('print')?.accelerator).toBe('CmdOrCtrl+P')
    expect(byId('refresh')?.accelerator).toBe('CmdOrCtrl+Shift+R')
    expect(byId('find')?.accelerator).toBe('CmdOrCtrl+F')
    expect(byId('back')?.accelerator).toBe('Alt+Left')
    for (const id of ['print', 'refresh', 'find', 'back', 'forward']) click(byId(id))
    expect(act.command.mock.calls.map(([name]) => name)).toEqual(['print', 'refresh', 'find', 'back', 'forward'])
  })

  it('has the macOS app menu and Cmd+[ / Cmd+] only on macOS', () => {
    const mac = menuTemplate(options({ platform: 'darwin' }), actions())
    expect(mac[0].role).toBe('appMenu')
    expect(flatten(mac).find((item) => item.id === 'back')?.accelerator).toBe('Cmd+[')
    expect(menuTemplate(options({ platform: 'win32' }), actions()).some((item) => item.role === 'appMenu')).toBe(false)
  })

  it('keeps Reload and Toggle DevTools out of the production menu', () => {
    const roles = (developer: boolean) => flatten(menuTemplate(options({ developer }), actions())).map((item) => item.role)
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(false)).not.toContain('reload')
    expect(roles(true)).toContain('toggleDevTools')
  })

  it('opens the Help links in the system browser', () => {
    const act = actions()
    const help = menuTemplate(options(), act).find((item) => item.role === 'help')!
    click((help.submenu as MenuItemConstructorOptions[])[0])
    expect(act.openInBrowser).toHaveBeenCalledWith(LANDSCAPE_URL)
  })

  it('still has its actions before the renderer has sent any view', () => {
    const items = flatten(menuTemplate(options({ views: [] }), actions()))
    expect(items.some((item) => item.id === 'print')).toBe(true)
    expect(items.some((item) => item.id?.startsWith('view:'))).toBe(false)
  })
})

describe('createMenuState', () => {
  it('rebuilds the menu with what the renderer sent last', () => {
    const apply = vi.fn()
    const state = createMenuState({ platform: 'linux', developer: false }, actions(), apply)
    state.rebuild()
    expect(flatten(apply.mock.calls[0][0]).some((item) => item.id?.startsWith('view:'))).toBe(false)
    state.set({ views, labels: { ...DEFAULT_MENU_LABELS, print: 'Печать в PDF…' } })
    const items = flatten(apply.mock.calls[1][0])
    expect(items.find((item) => item.id === 'print')?.label).toBe('Печать в PDF…')
    expect(items.filter((item) => item.id?.startsWith('view:'))).toHaveLength(3)
    expect(state.labels().print).toBe('Печать в PDF…')
  })
})
