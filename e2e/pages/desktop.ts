import { expect, type Locator } from '@playwright/test'
import type { DesktopControls, SandscapeApp } from '../fixtures'

/** The desktop shell seen from main: the window's bounds, the application menu, deep links. */
export class DesktopShell {
  constructor(private readonly app: SandscapeApp) {}

  get controls(): DesktopControls {
    if (!this.app.desktop) throw new Error('desktop journeys run on the Electron target only')
    return this.app.desktop
  }

  get refusal(): Locator {
    return this.app.page.getByRole('alert').filter({ hasText: 'This link could not be opened' })
  }

  /** Starts the app anew with a sandscape:// link on its command line (Windows and Linux do this). */
  async launchWithLink(link: string): Promise<void> {
    await this.controls.relaunch([link])
  }

  /** Clicks a link while the app runs: the OS starts a second instance, which hands it over and quits. */
  async openLink(link: string): Promise<void> {
    expect(await this.controls.secondInstance([link])).toBe(0)
  }

  bounds(): Promise<{ x: number; y: number; width: number; height: number }> {
    return this.controls.electron.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getBounds())
  }

  async setBounds(bounds: { x: number; y: number; width: number; height: number }): Promise<void> {
    await this.controls.electron.evaluate(({ BrowserWindow }, b) => BrowserWindow.getAllWindows()[0].setBounds(b), bounds)
    await expect.poll(async () => (await this.bounds()).width).toBe(bounds.width)
  }

  /** Clicks an application-menu item by id ("print", "view:settings"). */
  async clickMenuItem(id: string): Promise<void> {
    await this.controls.electron.evaluate(({ Menu, BrowserWindow }, itemId) => {
      const item = Menu.getApplicationMenu()?.getMenuItemById(itemId)
      if (!item) throw new Error(`no menu item ${itemId}`)
      item.click(undefined, BrowserWindow.getAllWindows()[0], BrowserWindow.getAllWindows()[0].webContents)
    }, id)
  }

  /** The label of an application-menu item (the renderer sends them in the UI language). */
  menuLabel(id: string): Promise<string | undefined> {
    return this.controls.electron.evaluate(({ Menu }, itemId) => Menu.getApplicationMenu()?.getMenuItemById(itemId)?.label, id)
  }
}
